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

  /**
   * Splits the tokens into sentences: after a run of terminators (full stop, question or
   * exclamation mark, line break), with a closing quote or bracket kept in the sentence it closes.
   * The one sentence split of the detector.
   *
   * @param bounds receives {@code [from0, to0, from1, to1, ...]} token ranges; must hold {@code 2 *
   *     (size() + 1)} ints
   * @return the number of sentences (each has at least one word or number)
   */
  int sentences(int[] bounds) {
    int count = 0;
    int from = 0;
    int i = 0;
    while (i < n) {
      if (isTerminator(kind[i])) {
        while (i + 1 < n && isTerminator(kind[i + 1])) {
          i++;
        }
        // a closing quote or bracket belongs to the sentence it closes
        while (i + 1 < n
            && (kind[i + 1] == QUOTE || (kind[i + 1] == CLAUSE && start[i + 1] == end[i]))) {
          i++;
        }
        count = addSentence(from, i + 1, bounds, count);
        from = i + 1;
      }
      i++;
    }
    return addSentence(from, n, bounds, count);
  }

  private int addSentence(int from, int to, int[] bounds, int count) {
    for (int k = from; k < to; k++) {
      if (kind[k] <= NUMBER) {
        bounds[2 * count] = from;
        bounds[2 * count + 1] = to;
        return count + 1;
      }
    }
    return count;
  }

  static boolean isTerminator(byte k) {
    return k >= END && k <= BREAK;
  }
}
