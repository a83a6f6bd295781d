package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.GuidelineChange;
import java.util.List;
import org.immutables.value.Value;

/**
 * A change to the guidelines: one or more clause changes, based on a version. If another version is
 * adopted first, the amendment is in conflict and is not merged. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineAmendment.class)
@JsonDeserialize(as = ImmutableGuidelineAmendment.class)
public non-sealed interface GuidelineAmendment extends ProposalContent {
  /**
   * Returns the version the changes are based on.
   *
   * @return the version number
   */
  int baseVersion();

  /**
   * Returns the changes, applied in order.
   *
   * @return at least one change
   */
  List<GuidelineChange> changes();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.GUIDELINES;
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if there is no change
   */
  @Value.Check
  default void check() {
    if (changes().isEmpty()) {
      throw new IllegalStateException("a guideline amendment needs at least one change");
    }
  }

  /**
   * Returns a builder of {@code GuidelineAmendment}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * GuidelineAmendment guidelineAmendment = GuidelineAmendment.builder()
   *     .baseVersion(state.guidelineVersionNumber())
   *     .addChanges(RemoveClause.of(ClauseId.of("phones")))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableGuidelineAmendment.Builder builder() {
    return ImmutableGuidelineAmendment.builder();
  }
}
