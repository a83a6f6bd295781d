package io.github.peerled.rules.detect.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The one tokenisation of the text stack: a single pass over a text's chars that lowercases them
 * (offsets kept), splits words, marks sentences and quotations, and steps a phrase automaton. The
 * rules' analysis reads all of it; the detector's {@link Tokenizer} reads the words and the
 * lowercased chars, and reads words with its lexicon from there.
 *
 * <p>A word here is a run of letters and digits joined by inner apostrophes ("dee's", "90's");
 * readers that want coarser words (hyphenated compounds, decimals) join them from these. A sentence
 * ends at a full stop (not one between digits), an exclamation or question mark, or a line break.
 *
 * <p>The result of one scan; not thread-safe, owned by the call that made it.
 */
public final class TextScan {
  /** A {@link #wordShapes() shape} bit: the word has a digit. */
  public static final int DIGITS = 1;

  /** A {@link #wordShapes() shape} bit: the word has a letter. */
  public static final int LETTERS = 2;

  /** A {@link #wordShapes() shape} bit: the word has an inner apostrophe. */
  public static final int APOSTROPHE = 4;

  private final char[] lower;
  private final int letters;

  private int words;
  private int[] wordStart;
  private int[] wordEnd;
  private int[] wordHash;
  private int[] wordStem;
  private byte[] wordShape;

  private int sentences;
  private int[] sentenceStart = new int[4];
  private int[] sentenceFirstWord = new int[4];
  private boolean[] sentenceQuestion = new boolean[4];

  private int hits;
  private static final int[] NO_INTS = new int[0];
  private static final boolean[] NO_FLAGS = new boolean[0];

  private int[] hitPattern = NO_INTS;
  private int[] hitStart = NO_INTS;
  private int[] hitEnd = NO_INTS;
  private int[] hitSentence = NO_INTS;
  private boolean[] hitQuoted = NO_FLAGS;

  /**
   * Scans a text.
   *
   * @param text the text, all of which is read
   * @param phrases the automaton of phrases to find, or {@code null} for none
   */
  public TextScan(String text, @Nullable Automaton phrases) {
    int n = text.length();
    this.lower = new char[n];
    int capacity = Math.min(8 + n / 4, 256); // most texts: never copied
    wordStart = new int[capacity];
    wordEnd = new int[capacity];
    wordHash = new int[capacity];
    wordStem = new int[capacity];
    wordShape = new byte[capacity];
    Automaton ac = phrases != null && phrases.patternCount() > 0 ? phrases : null;
    if (ac != null) {
      hitPattern = new int[16];
      hitStart = new int[16];
      hitEnd = new int[16];
      hitSentence = new int[16];
      hitQuoted = new boolean[16];
    }
    this.letters = scan(this, text, lower, ac);
  }

  private static int scan(TextScan out, String text, char[] lower, @Nullable Automaton ac) {
    int n = text.length();
    text.getChars(0, n, lower, 0); // lowercased in place below; ahead of i, still as written
    int letters = 0;
    int state = Automaton.START;
    int tokenFrom = -1;
    int hash = 0; // of the token so far, as String.hashCode
    int stem = 0; // of the token up to its first apostrophe, once it has one
    boolean apostrophe = false;
    int shape = 0;
    boolean newSentence = true;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = lower[i];
      char lc = TextChars.lower(c);
      lower[i] = lc;
      if (TextChars.isWord(lc)) {
        if (tokenFrom < 0) {
          if (newSentence) {
            out.addSentence(i);
            newSentence = false;
          }
          tokenFrom = i;
          hash = 0;
          apostrophe = false;
          shape = 0;
        }
        hash = 31 * hash + lc;
        letters++;
        shape |=
            (lc <= '9' && lc >= '0') || (lc >= 128 && Character.isDigit(lc)) ? DIGITS : LETTERS;
      } else if (tokenFrom >= 0) {
        if (lc == '\'' && i + 1 < n && TextChars.isWord(TextChars.lower(lower[i + 1]))) {
          if (!apostrophe) {
            stem = hash;
            apostrophe = true;
            shape |= APOSTROPHE;
          }
          hash = 31 * hash + lc;
        } else {
          out.addWord(tokenFrom, i, hash, apostrophe ? stem : hash, shape);
          tokenFrom = -1;
        }
      }
      switch (c) {
        case '.' -> {
          if (!(i > 0 && i + 1 < n && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)))) {
            newSentence = true;
          }
        }
        case '!', '\n' -> newSentence = true;
        case '?' -> {
          newSentence = true;
          out.markQuestion();
        }
        case '"' -> quoted = !quoted;
        case '\u201c' -> quoted = true;
        case '\u201d' -> quoted = false;
        default -> {}
      }
      if (ac != null) {
        state = ac.step(state, lc);
        if (!Automaton.matches(state)) {
          continue;
        }
        for (int o = ac.outFrom(state), to = ac.outTo(state); o < to; o++) {
          int p = ac.out(o);
          int start = i + 1 - ac.length(p);
          if ((start == 0 || !TextChars.isWord(lower[start - 1]))
              && (ac.prefix(p) || i + 1 == n || !TextChars.isWord(TextChars.lower(lower[i + 1])))) {
            out.addHit(p, start, i + 1, quoted);
          }
        }
      }
    }
    if (tokenFrom >= 0) {
      out.addWord(tokenFrom, n, hash, apostrophe ? stem : hash, shape);
    }
    return letters;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void addWord(int start, int end, int hash, int stem, int shape) {
    if (words == wordStart.length) {
      wordStart = Arrays.copyOf(wordStart, words * 2);
      wordEnd = Arrays.copyOf(wordEnd, words * 2);
      wordHash = Arrays.copyOf(wordHash, words * 2);
      wordStem = Arrays.copyOf(wordStem, words * 2);
      wordShape = Arrays.copyOf(wordShape, words * 2);
    }
    wordStart[words] = start;
    wordEnd[words] = end;
    wordHash[words] = hash;
    wordStem[words] = stem;
    wordShape[words] = (byte) shape;
    words++;
  }

  private void markQuestion() {
    if (sentences > 0) {
      sentenceQuestion[sentences - 1] = true;
    }
  }

  private void addSentence(int start) {
    if (sentences == sentenceStart.length) {
      sentenceStart = Arrays.copyOf(sentenceStart, sentences * 2);
      sentenceFirstWord = Arrays.copyOf(sentenceFirstWord, sentences * 2);
      sentenceQuestion = Arrays.copyOf(sentenceQuestion, sentences * 2);
    }
    sentenceStart[sentences] = start;
    sentenceFirstWord[sentences] = words;
    sentenceQuestion[sentences] = false;
    sentences++;
  }

  private void addHit(int pattern, int start, int end, boolean quoted) {
    if (hits == hitPattern.length) {
      int n = Math.max(16, hits * 2);
      hitPattern = Arrays.copyOf(hitPattern, n);
      hitStart = Arrays.copyOf(hitStart, n);
      hitEnd = Arrays.copyOf(hitEnd, n);
      hitSentence = Arrays.copyOf(hitSentence, n);
      hitQuoted = Arrays.copyOf(hitQuoted, n);
    }
    hitPattern[hits] = pattern;
    hitStart[hits] = start;
    hitEnd[hits] = end;
    hitSentence[hits] = Math.max(0, sentences - 1);
    hitQuoted[hits] = quoted;
    hits++;
  }

  /** The text lowercased by {@link TextChars#lower}, offsets kept. */
  public char[] lower() {
    return lower;
  }

  /** How many letters and digits the text has. */
  public int letters() {
    return letters;
  }

  /** How many words. */
  public int words() {
    return words;
  }

  /** Where each word starts; the first {@link #words()} entries count. */
  public int[] wordStarts() {
    return wordStart;
  }

  /** Where each word ends (after its last char). */
  public int[] wordEnds() {
    return wordEnd;
  }

  /** {@link String#hashCode()} of each word's lowercased chars. */
  public int[] wordHashes() {
    return wordHash;
  }

  /** The same of each word's chars up to its first apostrophe ("dee's" is "dee"). */
  public int[] wordStems() {
    return wordStem;
  }

  /** What each word is made of: {@link #DIGITS}, {@link #LETTERS}, {@link #APOSTROPHE} bits. */
  public byte[] wordShapes() {
    return wordShape;
  }

  /** How many sentences. */
  public int sentences() {
    return sentences;
  }

  /** The offset of each sentence's first word. */
  public int[] sentenceStarts() {
    return sentenceStart;
  }

  /** The number of each sentence's first word. */
  public int[] sentenceFirstWords() {
    return sentenceFirstWord;
  }

  /** Whether each sentence ends with a question mark. */
  public boolean[] sentenceQuestions() {
    return sentenceQuestion;
  }

  /** How many phrases were found. */
  public int hits() {
    return hits;
  }

  /** The pattern number of each phrase found. */
  public int[] hitPatterns() {
    return hitPattern;
  }

  /** Where each phrase found starts. */
  public int[] hitStarts() {
    return hitStart;
  }

  /** Where each phrase found ends. */
  public int[] hitEnds() {
    return hitEnd;
  }

  /** The sentence each phrase found stands in. */
  public int[] hitSentences() {
    return hitSentence;
  }

  /** Whether each phrase found stands inside quotation marks. */
  public boolean[] hitQuoted() {
    return hitQuoted;
  }
}
