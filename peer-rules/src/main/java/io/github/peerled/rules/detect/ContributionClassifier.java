package io.github.peerled.rules.detect;

import java.util.List;

/**
 * Tells advice from sharing (and from questions and everything else) in contributions to a peer
 * support conversation. Implementations returned by {@link Detectors} are stateless and
 * thread-safe: one instance may serve any number of threads.
 *
 * <p>Cost: the detectors of {@link Detectors} take time and memory linear in the length of the
 * text, and read at most its first 1,000,000 chars (the longest text any field of a group may
 * hold); the rest of a longer text is ignored, so what one call may cost is bounded.
 */
public interface ContributionClassifier {
  /**
   * Classifies a whole contribution. When it both gives advice and shares experience, advice wins;
   * then sharing, then question, then other. Empty or blank text is {@link Label#OTHER}.
   *
   * @param text the contribution, any length; the detectors of {@link Detectors} read at most its
   *     first 1,000,000 chars
   * @return the call, with evidence spans whose offsets index into {@code text}
   */
  Classification classify(CharSequence text);

  /**
   * Splits a contribution into sentences and classifies each one.
   *
   * @param text the contribution, any length; the detectors of {@link Detectors} read at most its
   *     first 1,000,000 chars
   * @return one entry per sentence that has at least one word, in text order
   */
  List<SentenceClassification> classifySentences(CharSequence text);
}
