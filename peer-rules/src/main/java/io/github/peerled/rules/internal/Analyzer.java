package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.internal.Lexicon;
import io.github.peerled.rules.detect.internal.TextLimit;
import io.github.peerled.rules.detect.internal.TextScan;
import org.jspecify.annotations.Nullable;

/**
 * The rules' reading of a text: the one tokenisation ({@link TextScan}) lowercases it (offsets
 * preserved), splits words and sentences, tracks quotations and runs the lexicon's automaton in one
 * pass, so every rule reads the same analysis, and the built-in detector reads the same words.
 * Linear in the length of the text, of which at most the first {@link TextLimit#MAX_CHARS} chars
 * are read. Immutable and thread-safe.
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
    return new Analysis(
        read, new TextScan(read, lexicon.automaton()), contribution, lexicon, classifier);
  }
}
