package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.internal.Automaton;
import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextChars;
import io.github.peerled.rules.detect.internal.TextLimit;
import io.github.peerled.rules.detect.internal.Tokenizer;
import io.github.peerled.rules.detect.internal.Tokens;
import org.jspecify.annotations.Nullable;

/**
 * The shared tokeniser and normaliser: the detector's {@link Tokenizer} tokenises a text once, and
 * one pass over it lowercases it (offsets preserved), splits sentences, tracks quotations and runs
 * the lexicon's automaton, so every rule, and the built-in detector when it classifies the text,
 * read the same analysis; the rules' word tokens are derived from the detector's. Linear in the
 * length of the text, of which at most the first {@link TextLimit#MAX_CHARS} chars are read.
 * Immutable and thread-safe.
 */
public final class Analyzer {
  private final Lexicon lexicon;
  private final @Nullable ContributionClassifier classifier;
  private final @Nullable CueDetector detector;
  private final Tokenizer tokenizer;

  Analyzer(Lexicon lexicon, @Nullable ContributionClassifier classifier) {
    this.lexicon = lexicon;
    this.classifier = classifier;
    ContributionClassifier builtin = Detectors.defaultDetector();
    ContributionClassifier used = classifier == null ? builtin : classifier;
    // the built-in detector classifies the tokens made here; a host's classifier reads the text
    CueDetector d = used instanceof CueDetector u ? u : null;
    this.detector = d;
    if (d != null) {
      this.tokenizer = d.tokenizer();
    } else {
      // the built-in detector's words still mark the rules' tokens
      this.tokenizer = builtin instanceof CueDetector b ? b.tokenizer() : new Tokenizer(lexicon);
    }
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
    int n = read.length();
    char[] lower = new char[n];
    Tokens tokens = tokenizer.tokenize(read, lower); // its scratch, then overwritten here
    Analysis a = new Analysis(read, lower, contribution, lexicon, classifier, detector, tokens);
    Automaton ac = lexicon.automaton();
    boolean scan = ac.patternCount() > 0;
    read.getChars(0, n, lower, 0); // lowercased in place below; ahead of i, still as written
    int letters = 0;
    int state = Automaton.START;
    boolean newSentence = true;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = lower[i];
      char lc = lower(c);
      lower[i] = lc;
      if (isWord(lc)) {
        if (newSentence) {
          a.addSentence(i); // a word after a terminator: the first char of a token
          newSentence = false;
        }
        letters++;
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
    a.letters = letters;
    addTokens(a, tokens);
    return a;
  }

  /**
   * Derives the rules' word tokens from the detector's, over the lowercased chars: a rule token is
   * a run of word chars joined by inner apostrophes ("dee's", "90's"), so the detector's words are
   * split again at their hyphens and inner dots or commas ("self-harm", "7.5", "e.g"), its clitic
   * pieces and expansions joined again ("do" "n't", "dont"), and a leading apostrophe left out
   * ("'re"). Only the chars of the detector's words are read. Marks each sentence's first token.
   */
  private static void addTokens(Analysis a, Tokens t) {
    char[] lower = a.lower;
    int n = lower.length;
    int count = t.size();
    int sentence = 0;
    int from = -1;
    int hash = 0; // of the token so far, as String.hashCode
    int wordHash = 0; // of the token up to its first apostrophe, once it has one
    boolean apostrophe = false;
    int k = 0;
    while (k < count) {
      if (t.kind(k) > Tokens.NUMBER) {
        k++;
        continue;
      }
      int s = t.start(k);
      int e = t.end(k);
      // the detector's words that touch: clitic pieces and a word's expansions share its chars
      for (k++; k < count && t.kind(k) <= Tokens.NUMBER && t.start(k) <= e; k++) {
        e = Math.max(e, t.end(k));
      }
      for (int i = s; i <= e; i++) {
        char c = i < n ? lower[i] : ' ';
        if (i < e && isWord(c)) {
          if (from < 0) {
            from = i;
            hash = 0;
            apostrophe = false;
            if (sentence < a.sentenceCount && a.sentenceStart[sentence] == i) {
              a.sentenceFirstToken[sentence++] = a.tokenCount;
            }
          }
          hash = 31 * hash + c;
        } else if (from >= 0) {
          if (c == '\'' && i + 1 < n && isWord(lower[i + 1])) {
            if (!apostrophe) {
              wordHash = hash;
              apostrophe = true;
            }
            hash = 31 * hash + c; // the token goes on into the next word ("90's")
          } else {
            a.addToken(from, i, hash, apostrophe ? wordHash : hash);
            from = -1;
          }
        }
      }
    }
    if (from >= 0) {
      a.addToken(from, n, hash, apostrophe ? wordHash : hash); // cannot happen: words end in one
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
