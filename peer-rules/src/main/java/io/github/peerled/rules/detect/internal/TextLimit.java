package io.github.peerled.rules.detect.internal;

/**
 * How much of one text the detector and the rules read: at most {@link #MAX_CHARS} chars, the
 * longest text any field of a group may hold. Tokenising, classifying and reviewing take time and
 * memory linear in the length read, so this bounds what one contribution may cost; a longer text is
 * read up to the limit and the rest is ignored. Stateless and thread-safe.
 */
public final class TextLimit {
  /** The most chars of one text that are read: one million. */
  public static final int MAX_CHARS = 1_000_000;

  private TextLimit() {}

  /**
   * How many chars of a text are read.
   *
   * @param text the text
   * @return its length, or {@link #MAX_CHARS} (one less if that would split a surrogate pair) if it
   *     is longer
   */
  public static int readLength(CharSequence text) {
    int n = text.length();
    if (n <= MAX_CHARS) {
      return n;
    }
    return Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
  }
}
