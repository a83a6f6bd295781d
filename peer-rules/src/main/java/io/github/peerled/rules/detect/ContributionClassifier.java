package io.github.peerled.rules.detect;

import java.util.List;

/**
 * Tells advice from sharing (and from questions and everything else) in contributions to a peer
 * support conversation. Implementations returned by {@link Detectors} are stateless and
 * thread-safe: one instance may serve any number of threads.
 */
public interface ContributionClassifier {
  /**
   * Classifies a whole contribution. When it both gives advice and shares experience, advice wins;
   * then sharing, then question, then other. Empty or blank text is {@link Label#OTHER}.
   *
   * @param text the contribution, any length
   * @return the call, with evidence spans whose offsets index into {@code text}
   */
  Classification classify(CharSequence text);

  /**
   * Splits a contribution into sentences and classifies each one.
   *
   * @param text the contribution
   * @return one entry per sentence that has at least one word, in text order
   */
  List<SentenceClassification> classifySentences(CharSequence text);
}
