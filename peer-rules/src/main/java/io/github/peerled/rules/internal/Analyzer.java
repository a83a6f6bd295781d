package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.internal.CueDetector;
import io.github.peerled.rules.detect.internal.TextChars;
import io.github.peerled.rules.detect.internal.TextLimit;
import io.github.peerled.rules.detect.internal.Tokenizer;
import io.github.peerled.rules.detect.internal.Tokens;
import org.jspecify.annotations.Nullable;

/**
 * The shared analysis of a text: the one tokeniser of the text stack ({@link Tokenizer}: lowered
 * chars with offsets kept, words with clitics and chat spellings, numbers, punctuation, sentences)
 * runs once, the rules' word view and sentences are read off its tokens, and the lexicon's phrase
 * automaton runs over its lowered chars, so every rule and the detector read the same tokens.
 * Linear in the length of the text, of which at most the first {@link TextLimit#MAX_CHARS} chars
 * are read. Immutable and thread-safe.
 */
public final class Analyzer {
  private final Lexicon lexicon;
  private final Tokenizer tokenizer;
  private final @Nullable ContributionClassifier classifier;

  /** An analyser over the English tokeniser (the one the default detector reads). */
  Analyzer(Lexicon lexicon, @Nullable ContributionClassifier classifier) {
    this(lexicon, CueDetector.english().tokenizer(), classifier);
  }

  Analyzer(Lexicon lexicon, Tokenizer tokenizer, @Nullable ContributionClassifier classifier) {
    this.lexicon = lexicon;
    this.tokenizer = tokenizer;
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
    Tokens t = tokenizer.tokenize(read);
    Analysis a = new Analysis(read, t, contribution, lexicon, classifier);
    words(a, t);
    sentences(a, t);
    if (lexicon.automaton().patternCount() > 0) {
      scan(a);
    }
    return a;
  }

  /**
   * Reads the rules' word tokens off the tokeniser's: a word is a run of letters and digits, with
   * an apostrophe inside it when a letter or digit follows ("don't", "dee's", "90's" are one word
   * each, as the tokeniser's clitics are joined back), split at hyphens, points and commas
   * ("self-harm", "2.5" are two words each); a spelling the tokeniser rewrites into several tokens
   * of the same chars is one word.
   */
  private static void words(Analysis a, Tokens t) {
    char[] lc = t.lowered();
    int letters = 0;
    int covered = 0; // the end of the tokens read so far
    int from = -1; // the start of the open word, if any
    int end = 0; // the end of the open word
    int hash = 0;
    int wordHash = 0;
    boolean apostrophe = false;
    for (int k = 0, n = t.size(); k < n; k++) {
      byte kind = t.kind(k);
      int s = t.start(k);
      int e = t.end(k);
      if ((kind != Tokens.WORD && kind != Tokens.NUMBER) || e <= covered) {
        continue; // punctuation, or another token of a rewritten spelling
      }
      covered = e;
      if (from >= 0 && s != end && !(s == end + 1 && lc[end] == '\'')) {
        a.addToken(from, end, hash, apostrophe ? wordHash : hash);
        from = -1;
      }
      for (int i = s; i < e; i++) {
        char c = lc[i];
        if (isWord(c)) {
          if (from < 0) {
            from = i;
            hash = 0;
            apostrophe = false;
          } else if (end < i) { // joined over an apostrophe
            if (!apostrophe) {
              wordHash = hash;
              apostrophe = true;
            }
            hash = 31 * hash + '\'';
          }
          hash = 31 * hash + c;
          end = i + 1;
          letters++;
        } else if (from >= 0
            && !(c == '\'' && i == end && i + 1 < lc.length && isWord(lc[i + 1]))) {
          a.addToken(from, end, hash, apostrophe ? wordHash : hash);
          from = -1;
        }
      }
    }
    if (from >= 0) {
      a.addToken(from, end, hash, apostrophe ? wordHash : hash);
    }
    a.letters = letters;
  }

  /**
   * Reads the rules' sentences off the tokeniser's (one split for rules and detector): each starts
   * at its first word.
   */
  private static void sentences(Analysis a, Tokens t) {
    int word = 0;
    for (int s = 0, n = t.sentenceCount(); s < n; s++) {
      int from = t.sentenceFrom(s);
      int to = t.sentenceTo(s);
      int at = t.start(from);
      while (word < a.tokenCount && a.tokenEnd[word] <= at) {
        word++;
      }
      if (word == a.tokenCount) {
        break;
      }
      boolean question = false;
      for (int k = from; k < to; k++) {
        question |= t.kind(k) == Tokens.QUESTION;
      }
      a.addSentence(a.tokenStart[word], word, question);
    }
  }

  /**
   * Runs the lexicon's automaton over the lowered chars: a hit is kept on word boundaries (a stem
   * may run on into its word), marked when it stands inside quotation marks, in the sentence of its
   * last char.
   */
  private void scan(Analysis a) {
    Automaton ac = lexicon.automaton();
    char[] lower = a.lower;
    int n = lower.length;
    int state = Automaton.START;
    boolean quoted = false;
    int sentence = 0;
    for (int i = 0; i < n; i++) {
      char lc = lower[i];
      switch (lc) {
        case '"' -> quoted = !quoted;
        case '\u201c' -> quoted = true;
        case '\u201d' -> quoted = false;
        default -> {}
      }
      state = ac.step(state, lc);
      if (!Automaton.matches(state)) {
        continue;
      }
      while (sentence + 1 < a.sentenceCount && a.sentenceStart[sentence + 1] <= i) {
        sentence++;
      }
      for (int o = ac.outFrom(state), to = ac.outTo(state); o < to; o++) {
        int p = ac.out(o);
        int start = i + 1 - ac.length(p);
        if ((start == 0 || !isWord(lower[start - 1]))
            && (ac.prefix(p) || i + 1 == n || !isWord(lower[i + 1]))) {
          a.addHit(p, start, i + 1, quoted, sentence);
        }
      }
    }
  }
}
