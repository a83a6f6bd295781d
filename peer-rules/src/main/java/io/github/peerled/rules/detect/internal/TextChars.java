package io.github.peerled.rules.detect.internal;

import java.util.Locale;

/**
 * The characters of the text stack, read the same way by every reader of a text (the rules' shared
 * analysis and the detector's tokeniser): which chars make words, and how a char is lowercased with
 * its offset kept. Stateless and thread-safe.
 */
public final class TextChars {
  private static final boolean[] ASCII_WORD = new boolean[128];
  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LOWER[c] =
          c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' || c == '\n' || c == '\r' ? ' ' : c;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[c - 32] = true;
    }
  }

  private TextChars() {}

  /**
   * Tells whether a char belongs to a word: a letter or a digit.
   *
   * @param c the char
   * @return true for a letter or digit
   */
  public static boolean isWord(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }

  /**
   * Tells whether a char is an apostrophe, straight or typographic.
   *
   * @param c the char
   * @return true for an apostrophe
   */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
  }

  /**
   * Lowercases one char, keeping offsets: typographic apostrophes become {@code '}, white space
   * (tabs, line breaks, no-break spaces) a space.
   *
   * @param c the char
   * @return its lowercase form
   */
  public static char lower(char c) {
    if (c < 128) {
      return ASCII_LOWER[c];
    }
    if (isApostrophe(c)) {
      return '\'';
    }
    if (Character.isWhitespace(c) || c == '\u00a0') {
      return ' ';
    }
    return Character.toLowerCase(c);
  }

  /**
   * Normalises a word or phrase of a list: lowercased as {@link #lower(char)} does, runs of white
   * space made one space, none at either end.
   *
   * @param phrase the phrase
   * @return its normal form
   */
  public static String normalise(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = lower(phrase.charAt(i));
      if (c == ' ') {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
