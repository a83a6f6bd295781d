package io.github.peerled.rules.detect;

import java.util.List;
import java.util.Objects;

/**
 * The detector's call on a contribution or a sentence: a label, how sure it is, and the evidence.
 * Immutable and thread-safe.
 *
 * @param label the label
 * @param confidence how sure the detector is of {@code label}, as a probability in {@code [0, 1]}
 * @param evidence the spans of text that speak for a label, in text order; spans may speak for a
 *     label other than {@code label} (for example a sharing cue in a contribution that also gives
 *     advice)
 */
public record Classification(Label label, double confidence, List<EvidenceSpan> evidence) {
  /**
   * Creates a classification.
   *
   * @throws IllegalArgumentException if the confidence is not in {@code [0, 1]}
   * @throws NullPointerException if an argument or an evidence element is null
   */
  public Classification {
    Objects.requireNonNull(label, "label");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
    evidence = List.copyOf(evidence);
  }

  /**
   * The evidence that speaks for the chosen label.
   *
   * @return the spans of {@link #evidence()} whose label is {@link #label()}
   */
  public List<EvidenceSpan> supportingEvidence() {
    return evidence.stream().filter(s -> s.label() == label).toList();
  }
}
