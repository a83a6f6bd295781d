package io.github.peerled.rules.detect.internal;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays: char offsets into the original text, lexicon id,
 * lower-case hash and kind. A scratch object owned by one call; not thread-safe.
 */
public final class Tokens {
  /** A word (letters, possibly with digits, inner apostrophes or hyphens). */
  public static final byte WORD = 0;

  /** A number. */
  public static final byte NUMBER = 1;

  /** A full stop or ellipsis. */
  public static final byte END = 2;

  /** A question mark. */
  public static final byte QUESTION = 3;

  /** An exclamation mark. */
  public static final byte EXCLAIM = 4;

  /** A line break. */
  public static final byte BREAK = 5;

  /** A clause mark: comma, semicolon, colon, dash, bracket. */
  public static final byte CLAUSE = 6;

  /** A quotation mark. */
  public static final byte QUOTE = 7;

  int n;
  int[] start;
  int[] end;
  int[] id;
  int[] hash;
  int[] guessMask;
  byte[] kind;

  Tokens(int capacity) {
    int c = Math.max(8, capacity);
    start = new int[c];
    end = new int[c];
    id = new int[c];
    hash = new int[c];
    guessMask = new int[c];
    kind = new byte[c];
  }

  void add(int s, int e, int wordId, int h, byte k, int guess) {
    if (n == start.length) {
      int c = n * 2;
      start = Arrays.copyOf(start, c);
      end = Arrays.copyOf(end, c);
      id = Arrays.copyOf(id, c);
      hash = Arrays.copyOf(hash, c);
      guessMask = Arrays.copyOf(guessMask, c);
      kind = Arrays.copyOf(kind, c);
    }
    start[n] = s;
    end[n] = e;
    id[n] = wordId;
    hash[n] = h;
    kind[n] = k;
    guessMask[n] = guess;
    n++;
  }

  /**
   * How many tokens there are.
   *
   * @return the count
   */
  public int size() {
    return n;
  }

  /**
   * Where a token starts.
   *
   * @param i the token index
   * @return the char offset
   */
  public int start(int i) {
    return start[i];
  }

  /**
   * Where a token ends.
   *
   * @param i the token index
   * @return the char offset after the token
   */
  public int end(int i) {
    return end[i];
  }

  /**
   * The kind of a token.
   *
   * @param i the token index
   * @return one of the kind constants
   */
  public byte kind(int i) {
    return kind[i];
  }

  static boolean isTerminator(byte k) {
    return k >= END && k <= BREAK;
  }
}
