package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.privacy.MemberKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The cipher of sealed values: AES-GCM with a random 96-bit nonce and a 128-bit tag, the value
 * written as {@link Sealer#PREFIX}, the key's generation, a colon and the Base64 (URL alphabet, no
 * padding) of nonce, ciphertext and tag. The additional data is {@code group \n member \n
 * generation \n sequence \n place}, given as a prefix (the first three, which a sealer caches per
 * member key) and the rest. Thread-safe: one cipher and one random source a thread.
 */
final class SealCipher {
  static final int NONCE = 12;
  static final int TAG = 16;

  /** One cipher a thread: {@code Cipher.getInstance} is a provider lookup, dearer than a use. */
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is not available: " + e, e);
            }
          });

  /** One random source a thread, so that sealing threads do not queue for a shared one. */
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
              return new SecureRandom();
            }
          });

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private SealCipher() {}

  /** The additional data's prefix for a member's key: {@code group \n member \n generation \n}. */
  static byte[] prefix(String group, String member, int generation) {
    return (group + "\n" + member + "\n" + generation + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The additional data's rest: {@code sequence \n place}. */
  private static byte[] rest(long sequence, String where) {
    return (sequence + "\n" + where).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Seals a value.
   *
   * @param plain the value
   * @param key the member's key
   * @param prefix the additional data's prefix for the key
   * @param sequence the event's sequence number
   * @param where the value's place in the event
   * @return the sealed value
   */
  static String seal(String plain, MemberKey key, byte[] prefix, long sequence, String where) {
    byte[] text = plain.getBytes(StandardCharsets.UTF_8);
    byte[] sealed = new byte[NONCE + text.length + TAG];
    byte[] nonce = new byte[NONCE];
    RANDOM.get().nextBytes(nonce);
    System.arraycopy(nonce, 0, sealed, 0, NONCE);
    try {
      Cipher c = CIPHER.get();
      c.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG * 8, nonce));
      c.updateAAD(prefix);
      c.updateAAD(rest(sequence, where));
      c.doFinal(text, 0, text.length, sealed, NONCE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal with AES-GCM: " + e, e);
    }
    byte[] encoded = ENCODER.encode(sealed);
    return Sealer.PREFIX
        + key.generation()
        + ":"
        + new String(encoded, StandardCharsets.ISO_8859_1);
  }

  /**
   * Returns the generation of a sealed value's key.
   *
   * @throws IllegalStateException if the value is damaged
   */
  static int generation(String stored, String where) {
    int colon = stored.indexOf(':', Sealer.PREFIX.length());
    try {
      return Integer.parseInt(stored.substring(Sealer.PREFIX.length(), colon));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException(where + ": the sealed value is damaged", e);
    }
  }

  /**
   * Opens a sealed value.
   *
   * @param stored the sealed value
   * @param key the key of its generation
   * @param prefix the additional data's prefix for the key
   * @param sequence the event's sequence number
   * @param where the value's place in the event
   * @return the value
   * @throws IllegalStateException if the value is damaged or does not open with the key
   */
  static String open(String stored, MemberKey key, byte[] prefix, long sequence, String where) {
    int colon = stored.indexOf(':', Sealer.PREFIX.length());
    byte[] sealed;
    try {
      sealed = DECODER.decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException(where + ": the sealed value is damaged", e);
    }
    if (sealed.length < NONCE + TAG) {
      throw new IllegalStateException(where + ": the sealed value is too short");
    }
    try {
      Cipher c = CIPHER.get();
      c.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG * 8, sealed, 0, NONCE));
      c.updateAAD(prefix);
      c.updateAAD(rest(sequence, where));
      return new String(c.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          where + ": the sealed value does not open with its member's key (damaged or moved)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(where + ": cannot open the sealed value: " + e, e);
    }
  }
}
