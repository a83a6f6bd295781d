package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.Arrays;
import java.util.List;

/**
 * The features the learned crisis reading ({@link CrisisModel}) weighs, as hashed keys: words and
 * word pairs with chat spellings read as the words they stand for ("kms" as "kill myself", "u" as
 * "you"), character four-grams of each word (its edges marked), the classes of the crisis reading
 * present ({@link CrisisConcept}), the categories of the stock crisis phrases, and the rules' own
 * reading in bins (the weight of the stock phrases, the reading's score and signal, the check it
 * makes, whether the rules call it a crisis). Every feature is a key; the model keeps one weight
 * per bucket of keys, so nothing is looked up by string and nothing is allocated per word. Each
 * sentence is also given as a clause of its own, with the classes of the crisis reading met in it
 * and each two of them met together ("self" and "ending", "plan" and "means"): a class stands for
 * every way of saying it, so what the model learns of one phrase carries over to its paraphrases.
 * Linear in the length of the text (and in the classes met times the sentences). Immutable and
 * thread-safe.
 */
final class CrisisFeatures {
  /** Where each feature goes. */
  interface Sink {
    /**
     * Takes one feature.
     *
     * @param key the feature's hashed key
     */
    void add(int key);

    /**
     * Tells that the features from now on are of one word (its pairs and four-grams included); the
     * features of the whole text (its classes and the rules' reading) follow the last word's.
     *
     * @param index the word's index among the tokens
     */
    default void token(int index) {}

    /**
     * Tells that a clause begins: the word features from now on are of this clause too. A clause is
     * a sentence as the analysis splits them (at a full stop, an exclamation or question mark, a
     * line break).
     */
    default void clause() {}

    /**
     * Takes one feature of the current clause alone: a class of the crisis reading met in it, or
     * two classes met together in it.
     *
     * @param key the feature's hashed key
     */
    default void clauseOnly(int key) {}

    /** Tells that the features from now on are of the whole text. */
    default void whole() {}
  }

  private static final int WORD = 0x1001;
  private static final int PAIR = 0x1002;
  private static final int CHARS = 0x1003;
  private static final int CONCEPT = 0x2001;
  private static final int STOCK = 0x2002;
  private static final int STOCK_WEIGHT = 0x3001;
  private static final int SCORE = 0x3002;
  private static final int SIGNAL = 0x3003;
  private static final int CHECK = 0x3004;
  private static final int RULES = 0x3005;
  private static final int START = 0x5151;
  private static final int CLAUSE_CONCEPT = 0x4001;
  private static final int CLAUSE_PAIR = 0x4002;

  /** Features without chat spellings. */
  static final CrisisFeatures NONE = new CrisisFeatures(new int[0], new int[0]);

  // chat spellings of one word, by their hash; each read as the hash of its words
  private final int[] spellingHash;
  private final int[] wordsHash;
  // open addressing over spellingHash: index + 1 of the spelling in a slot, 0 for an empty slot
  private final int[] slots;

  private CrisisFeatures(int[] spellingHash, int[] wordsHash) {
    this.spellingHash = spellingHash;
    this.wordsHash = wordsHash;
    this.slots = new int[Integer.highestOneBit(Math.max(4, spellingHash.length) * 2 - 1) * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < spellingHash.length; k++) {
      int i = slot(spellingHash[k]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }
  }

  private static int slot(int hash) {
    int x = hash * 0x9E3779B9; // spreads the low bits that a mask keeps
    return x ^ (x >>> 16);
  }

  /**
   * Reads the chat spellings of a language (the {@code chat-spelling} list; see {@link
   * ChatSpelling}): each spelling of one word stands for its words.
   *
   * @throws IllegalArgumentException if a line has no spelling
   */
  static CrisisFeatures of(LexiconSource source, String language) {
    List<String> lines = source.phrases(language, "chat-spelling").orElse(List.of());
    long[] pairs = new long[lines.size() * 4];
    int n = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank()) {
        throw new IllegalArgumentException(
            "lexicon 'chat-spelling': a line needs words and a spelling: '" + line + "'");
      }
      int words = Lexicon.normalise(f[0]).hashCode();
      for (int i = 1; i < f.length; i++) {
        String s = Lexicon.normalise(f[i]);
        if (s.isEmpty() || s.indexOf(' ') >= 0 || !Character.isLetterOrDigit(s.charAt(0))) {
          continue; // only a spelling that is one token as the text is split
        }
        if (s.endsWith("~")) {
          continue; // a dialect spelling: the model was trained without them
        }
        if (n == pairs.length) {
          pairs = Arrays.copyOf(pairs, n * 2 + 4);
        }
        pairs[n++] = ((long) s.hashCode() << 32) | (words & 0xffffffffL);
      }
    }
    long[] sorted = Arrays.copyOf(pairs, n);
    Arrays.sort(sorted);
    int[] keys = new int[n];
    int[] values = new int[n];
    int k = 0;
    for (long p : sorted) {
      int key = (int) (p >> 32);
      if (k > 0 && keys[k - 1] == key) {
        continue; // the first reading of a spelling wins
      }
      keys[k] = key;
      values[k] = (int) p;
      k++;
    }
    return new CrisisFeatures(Arrays.copyOf(keys, k), Arrays.copyOf(values, k));
  }

  /** The hash a token is read as: its words when it is a chat spelling, else itself. */
  int word(int tokenHash) {
    int mask = slots.length - 1;
    for (int i = slot(tokenHash) & mask; ; i = (i + 1) & mask) {
      int k = slots[i];
      if (k == 0) {
        return tokenHash;
      }
      if (spellingHash[k - 1] == tokenHash) {
        return wordsHash[k - 1];
      }
    }
  }

  /**
   * Gives every feature of a contribution to a sink.
   *
   * @param a the contribution's analysis
   * @param rules the rules' reading of it, without the model
   * @param sink where the features go
   */
  void visit(Analysis a, SafetyReading rules, Sink sink) {
    words(a, sink);
    sink.whole();
    for (int h = 0; h < a.hitCount; h++) {
      Cue cue = a.cue(h);
      if (cue == Cue.CRISIS_READING) {
        sink.add(mix(CONCEPT, CrisisConcept.of(a.payload(h)).index()));
      } else if (cue == Cue.CRISIS) {
        sink.add(mix(STOCK, SafetyCategory.category(a.payload(h)).listName().hashCode()));
      }
    }
    sink.add(mix(STOCK_WEIGHT, bin(rules.crisis)));
    sink.add(mix(SCORE, bin(rules.reading.score)));
    sink.add(mix(SIGNAL, bin(rules.reading.signal)));
    sink.add(mix(CHECK, rules.reading.check));
    sink.add(mix(RULES, rules.isCrisis() ? 1 : 0));
  }

  /**
   * The words, word pairs (a sentence's first word paired with its start) and four-grams, sentence
   * by sentence; after each sentence's words, the classes of the crisis reading met in it and each
   * two of them together.
   */
  void words(Analysis a, Sink sink) {
    int sentence = 0;
    int previous = START;
    int clauseFrom = 0;
    for (int t = 0; t < a.tokenCount; t++) {
      boolean opens = t == 0;
      while (sentence < a.sentenceCount && a.sentenceFirstToken[sentence] <= t) {
        if (a.sentenceFirstToken[sentence] == t) {
          previous = START;
          opens = true;
        }
        sentence++;
      }
      if (opens) {
        if (t > 0) {
          clauseClasses(a, clauseFrom, a.tokenStart[t], sink);
        }
        clauseFrom = a.tokenStart[t];
        sink.clause();
      }
      int w = word(a.tokenHash[t]);
      sink.token(t);
      sink.add(mix(WORD, w));
      sink.add(mix(mix(PAIR, previous), w));
      previous = w;
      chars(a.lower, a.tokenStart[t], a.tokenEnd[t], sink);
    }
    if (a.tokenCount > 0) {
      clauseClasses(a, clauseFrom, Integer.MAX_VALUE, sink);
    }
  }

  /** The classes of the crisis reading whose phrases start in a sentence, and each two together. */
  private static void clauseClasses(Analysis a, int from, int to, Sink sink) {
    long classes = 0;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitStart[h] < from || a.hitStart[h] >= to || a.cue(h) != Cue.CRISIS_READING) {
        continue;
      }
      classes |= 1L << CrisisConcept.of(a.payload(h)).index();
    }
    for (long rest = classes; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      sink.clauseOnly(mix(CLAUSE_CONCEPT, i));
      for (long more = rest & (rest - 1); more != 0; more &= more - 1) {
        sink.clauseOnly(mix(mix(CLAUSE_PAIR, i), Long.numberOfTrailingZeros(more)));
      }
    }
  }

  /** The four-grams of one word with its edges marked ("^kms$" gives "^kms" and "kms$"). */
  private static void chars(char[] lower, int start, int end, Sink sink) {
    int len = end - start + 2;
    if (len < 4) {
      return;
    }
    for (int i = 0; i + 4 <= len; i++) {
      int h = CHARS;
      for (int j = i; j < i + 4; j++) {
        char c = j == 0 ? '^' : j == len - 1 ? '$' : lower[start + j - 1];
        h = 31 * h + c;
      }
      sink.add(mix(CHARS, h));
    }
  }

  private static int bin(double weight) {
    return Math.min(12, (int) Math.floor(Math.max(0, weight) * 4));
  }

  static int mix(int a, int b) {
    int h = a * 0x9E3779B9 + b;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}
