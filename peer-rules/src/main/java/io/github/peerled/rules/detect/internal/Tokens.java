package io.github.peerled.rules.detect.internal;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays: char offsets into the original text, lexicon id,
 * lower-case hash and kind, with the text's lowered chars and its sentences. The one tokenisation
 * of a text: the rules' shared analysis and the detector read the same instance. Filled by {@link
 * Tokenizer}, then only read; confined to the thread that reviews the text (the sentences are split
 * lazily), so not thread-safe.
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

  final Tokenizer tokenizer;
  final char[] lower;
  int n;
  int[] start;
  int[] end;
  int[] id;
  int[] hash;
  int[] guessMask;
  byte[] kind;

  private int @org.jspecify.annotations.Nullable [] sentenceBounds;
  private int sentenceCount;

  Tokens(int capacity, Tokenizer tokenizer, char[] lower) {
    this.tokenizer = tokenizer;
    this.lower = lower;
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
   * The lowered chars of the text, at the same offsets ({@link TextChars#lower(char)} of each).
   * Shared, not copied: callers must not change it.
   *
   * @return the chars
   */
  public char[] lowered() {
    return lower;
  }

  /**
   * The number of sentences (see {@link #sentenceFrom(int)}), split on first use.
   *
   * @return the count
   */
  public int sentenceCount() {
    sentenceBounds();
    return sentenceCount;
  }

  /**
   * The first token of a sentence.
   *
   * @param s the sentence index
   * @return the token index
   */
  public int sentenceFrom(int s) {
    return sentenceBounds()[2 * s];
  }

  /**
   * The token after the last of a sentence.
   *
   * @param s the sentence index
   * @return the token index
   */
  public int sentenceTo(int s) {
    return sentenceBounds()[2 * s + 1];
  }

  /** The sentences as {@code [from0, to0, from1, to1, ...]} token ranges, split once. */
  int[] sentenceBounds() {
    int[] b = sentenceBounds;
    if (b == null) {
      b = new int[2 * (n + 1)];
      sentenceCount = sentences(b);
      sentenceBounds = b;
    }
    return b;
  }

  /**
   * Splits the tokens into sentences: after a run of terminators (full stop, question or
   * exclamation mark, line break), with a closing quote or bracket kept in the sentence it closes.
   * The one sentence split of the text stack (a full stop after an abbreviation of the lexicon ends
   * no sentence, as the tokeniser drops it).
   *
   * @param bounds receives {@code [from0, to0, from1, to1, ...]} token ranges; must hold {@code 2 *
   *     (size() + 1)} ints
   * @return the number of sentences (each has at least one word or number)
   */
  private int sentences(int[] bounds) {
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
