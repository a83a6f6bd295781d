package io.github.peerled.rules;

/**
 * Reads whether a text gives advice, shares experience, asks a question, or none of these. The
 * {@code sharing-not-advice} rule uses it; any detector can be plugged in by implementing this one
 * method.
 *
 * <p>Implementations must be thread-safe and deterministic (the same text always gives the same
 * classification), and must not throw on any text, including the empty text.
 *
 * @see Classifiers#cuePhrases()
 */
@FunctionalInterface
public interface TextClassifier {
  /**
   * Classifies a text.
   *
   * @param text the text of one contribution
   * @return the classification; evidence spans index into {@code text}
   */
  Classification classify(String text);
}
