package io.github.peerled.rules.internal;

import io.github.peerled.rules.LexiconSource;
import io.github.peerled.rules.detect.internal.Lexicon;
import java.util.EnumSet;

/**
 * Reads guideline clause texts for governance checks: does a text hand decisions to outsiders, does
 * it say how the group changes its guidelines. Immutable and thread-safe.
 */
public final class ClauseTexts {
  private final Analyzer analyzer;

  /**
   * Creates the reader.
   *
   * @param source where lexicons come from
   * @param language the language tag
   * @throws IllegalArgumentException if the source lacks a lexicon
   */
  public ClauseTexts(LexiconSource source, String language) {
    Lexicon.Builder b = Lexicon.builder();
    new SharedAnalysis.Lists(b, source, language)
        .required(EnumSet.of(Cue.OUTSIDER_DECIDES, Cue.AMENDMENT_PROCEDURE));
    this.analyzer = new Analyzer(b.build(), null);
  }

  /**
   * Returns the phrase of a text that hands decisions to outsiders.
   *
   * @param text the clause text
   * @return the phrase as written, or null if there is none
   */
  public @org.jspecify.annotations.Nullable String outsiderDecides(String text) {
    Analysis a = analyzer.analyze(text);
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.OUTSIDER_DECIDES) {
        return text.substring(a.hitStart[h], a.hitEnd[h]);
      }
    }
    return null;
  }

  /**
   * Tells whether a text says how the group changes its guidelines.
   *
   * @param text the clause text
   * @return true if it does
   */
  public boolean isAmendmentProcedure(String text) {
    return analyzer.analyze(text).has(Cue.AMENDMENT_PROCEDURE);
  }
}
