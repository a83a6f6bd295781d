package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A classifier's reading of one text: a label, how sure it is, and the spans that made it say so.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClassification.class)
@JsonDeserialize(as = ImmutableClassification.class)
public interface Classification {
  /**
   * Returns the label.
   *
   * @return the label
   */
  AdviceLabel label();

  /**
   * Returns how sure the classifier is of the label.
   *
   * @return a number in [0, 1]
   */
  double confidence();

  /**
   * Returns the spans of the text that support the label, in text order.
   *
   * @return the spans; may be empty
   */
  List<Span> evidence();

  /**
   * Returns a classification.
   *
   * @param label the label
   * @param confidence in [0, 1]
   * @param evidence the spans
   * @return the classification
   * @throws IllegalStateException if the confidence is out of range
   */
  static Classification of(AdviceLabel label, double confidence, List<Span> evidence) {
    return ImmutableClassification.builder()
        .label(label)
        .confidence(confidence)
        .evidence(evidence)
        .build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the confidence is not in [0, 1]
   */
  @Value.Check
  default void check() {
    if (!(confidence() >= 0 && confidence() <= 1)) {
      throw new IllegalStateException("confidence must be in [0, 1], was " + confidence());
    }
  }
}
