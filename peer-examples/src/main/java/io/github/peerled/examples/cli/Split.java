package io.github.peerled.examples.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Which labelled sessions an evaluation reads. A session is held out when the first byte of the
 * SHA-256 of its name (the file name without {@code .session}, UTF-8) is below 86, about a third of
 * them; the others are the tuning set. The split depends on the name only, so it is fixed before
 * anyone looks at results.
 */
enum Split {
  /** The held-out sessions, never used to tune the rules. */
  HELDOUT,
  /** The sessions the rules may be tuned on. */
  TUNING,
  /** Every session. */
  ALL;

  /** Sessions whose name hashes to a first byte below this are held out. */
  static final int HELD_OUT_BELOW = 86;

  /**
   * Tells whether a session is held out.
   *
   * @param name the session's name, without {@code .session}
   * @return true if the first byte of SHA-256(name) is below 86
   */
  static boolean heldOut(String name) {
    return firstByte(name) < HELD_OUT_BELOW;
  }

  /**
   * Returns the first byte of the SHA-256 of a name, as 0 to 255.
   *
   * @param name the name, hashed as UTF-8
   * @return the byte
   */
  static int firstByte(String name) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return hash[0] & 0xff;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Tells whether this split takes a session.
   *
   * @param name the session's name
   * @return true if the session belongs to this split
   */
  boolean includes(String name) {
    return switch (this) {
      case HELDOUT -> heldOut(name);
      case TUNING -> !heldOut(name);
      case ALL -> true;
    };
  }

  /**
   * Returns the name used on the command line.
   *
   * @return {@code heldout}, {@code tuning} or {@code all}
   */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
