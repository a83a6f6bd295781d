package io.github.peerled.rules;

import io.github.peerled.rules.internal.Analyzer;

/**
 * The shared tokeniser and normaliser alone: lowercases a text (offsets preserved), splits words
 * and sentences. Rule sets run it, with their lexicons, once per contribution; this entry point is
 * for hosts that want the tokens only. Linear in the length of the text, of which at most the first
 * 1,000,000 chars are read. Thread-safe.
 */
public final class Tokenizer {
  private static final Analyzer TOKENS = Analyzer.tokenizerOnly();

  private Tokenizer() {}

  /**
   * Tokenises a text.
   *
   * @param text the text; at most its first 1,000,000 chars are read
   * @return the analysis, without lexicon hits; {@link AnalyzedContribution#contribution()} throws
   *     and {@link AnalyzedContribution#classification()} reads {@link
   *     io.github.peerled.rules.detect.Detectors#defaultDetector()}
   */
  public static AnalyzedContribution tokenize(String text) {
    return TOKENS.analyze(text);
  }
}
