package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.internal.Automaton;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextChars;
import io.github.peerled.rules.detect.internal.TextLimit;
import org.jspecify.annotations.Nullable;

/**
 * The shared tokeniser and normaliser: one pass over a text lowercases it (offsets preserved),
 * splits words and sentences, tracks quotations and runs the lexicon's automaton, so every rule
 * reads the same analysis. Linear in the length of the text, of which at most the first {@link
 * TextLimit#MAX_CHARS} chars are read. Immutable and thread-safe.
 */
public final class Analyzer {
  private final Lexicon lexicon;
  private final @Nullable ContributionClassifier classifier;

  Analyzer(Lexicon lexicon, @Nullable ContributionClassifier classifier) {
    this.lexicon = lexicon;
    this.classifier = classifier;
  }

  /**
   * Returns an analyser that only tokenises (no cue phrases); its analyses read the default
   * detector on demand.
   *
   * @return the analyser
   */
  public static Analyzer tokenizerOnly() {
    return new Analyzer(Lexicon.builder().build(), null);
  }

  Lexicon lexicon() {
    return lexicon;
  }

  static boolean isWord(char c) {
    return TextChars.isWord(c);
  }

  /** Lowercases one character, keeping offsets: see {@link TextChars#lower(char)}. */
  static char lower(char c) {
    return TextChars.lower(c);
  }

  /**
   * Analyses a text.
   *
   * @param text the text; at most its first {@link TextLimit#MAX_CHARS} chars are read
   * @return the analysis
   */
  public Analysis analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Analyses a contribution's text.
   *
   * @param text the text; at most its first {@link TextLimit#MAX_CHARS} chars are read
   * @param contribution the contribution, if any
   * @return the analysis
   */
  public Analysis analyze(String text, @Nullable Contribution contribution) {
    String read = text.substring(0, TextLimit.readLength(text));
    Analysis a = new Analysis(read, contribution, lexicon, classifier);
    Automaton ac = lexicon.automaton();
    boolean scan = ac.patternCount() > 0;
    char[] lower = a.lower;
    int n = read.length();
    read.getChars(0, n, lower, 0); // lowercased in place below; ahead of i, still as written
    int letters = 0;
    int state = Automaton.START;
    int tokenFrom = -1;
    int hash = 0; // of the token so far, as String.hashCode
    int wordHash = 0; // of the token up to its first apostrophe, once it has one
    boolean apostrophe = false;
    boolean newSentence = true;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = lower[i];
      char lc = lower(c);
      lower[i] = lc;
      if (isWord(lc)) {
        if (tokenFrom < 0) {
          if (newSentence) {
            a.addSentence(i);
            newSentence = false;
          }
          tokenFrom = i;
          hash = 0;
          apostrophe = false;
        }
        hash = 31 * hash + lc;
        letters++;
      } else if (tokenFrom >= 0) {
        if (lc == '\'' && i + 1 < n && isWord(lower(lower[i + 1]))) {
          if (!apostrophe) {
            wordHash = hash;
            apostrophe = true;
          }
          hash = 31 * hash + lc;
        } else {
          a.addToken(tokenFrom, i, hash, apostrophe ? wordHash : hash);
          tokenFrom = -1;
        }
      }
      switch (c) {
        case '.' -> {
          if (!(i > 0 && i + 1 < n && isDigit(read.charAt(i - 1)) && isDigit(read.charAt(i + 1)))) {
            newSentence = true;
          }
        }
        case '!', '\n' -> newSentence = true;
        case '?' -> {
          newSentence = true;
          if (a.sentenceCount > 0) {
            a.sentenceQuestion[a.sentenceCount - 1] = true;
          }
        }
        case '"' -> quoted = !quoted;
        case '\u201c' -> quoted = true;
        case '\u201d' -> quoted = false;
        default -> {}
      }
      if (scan) {
        state = ac.step(state, lc);
        if (!Automaton.matches(state)) {
          continue;
        }
        for (int o = ac.outFrom(state), to = ac.outTo(state); o < to; o++) {
          int p = ac.out(o);
          int start = i + 1 - ac.length(p);
          if ((start == 0 || !isWord(lower[start - 1]))
              && (ac.prefix(p) || i + 1 == n || !isWord(lower(lower[i + 1])))) {
            a.addHit(p, start, i + 1, quoted);
          }
        }
      }
    }
    if (tokenFrom >= 0) {
      a.addToken(tokenFrom, n, hash, apostrophe ? wordHash : hash);
    }
    a.letters = letters;
    return a;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
