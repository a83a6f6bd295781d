package io.github.peerled.rules;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.detect.Classification;

/**
 * A contribution analysed once and shared by every rule: the lowercased text (same offsets as the
 * original), its word tokens and sentences, and the classifier's reading. Not thread-safe: it is
 * confined to the thread reviewing its session.
 */
public interface AnalyzedContribution {
  /**
   * Returns the contribution.
   *
   * @return the contribution
   * @throws IllegalStateException if this is the analysis of a bare text
   */
  Contribution contribution();

  /**
   * Returns the text analysed: the original text, or its first 1,000,000 chars if it is longer (the
   * rest is not read, so what one contribution costs is bounded).
   *
   * @return the text
   */
  String text();

  /**
   * Returns a character of the normalised text: lowercased, typographic apostrophes and white space
   * folded, at the same index as in the original.
   *
   * @param index the index
   * @return the character
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  char lowerCharAt(int index);

  /**
   * Returns the number of word tokens.
   *
   * @return the count
   */
  int tokenCount();

  /**
   * Returns a word token's span.
   *
   * @param index the token's index
   * @return the span
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  Span token(int index);

  /**
   * Returns the number of letters and digits in the text.
   *
   * @return the count
   */
  int letterCount();

  /**
   * Returns the number of sentences.
   *
   * @return the count
   */
  int sentenceCount();

  /**
   * Returns the advice/sharing classifier's reading of the text ({@link RuleSet#classifier()}),
   * computed once on first use.
   *
   * @return the classification; evidence offsets index into {@link #text()}
   */
  Classification classification();
}
