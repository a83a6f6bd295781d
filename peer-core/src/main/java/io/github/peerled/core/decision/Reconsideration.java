package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A reconsideration of a decided guideline amendment whose version has not taken effect yet: if
 * adopted, that version is cancelled before it takes effect (see {@link
 * DecisionProcedure#effectDelay()}). Decided as a guideline decision. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReconsideration.class)
@JsonDeserialize(as = ImmutableReconsideration.class)
public non-sealed interface Reconsideration extends ProposalContent {
  /**
   * Returns the decided proposal whose guideline version is waiting to take effect.
   *
   * @return the proposal reconsidered
   */
  ProposalId proposalId();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.GUIDELINES;
  }

  /**
   * Returns a reconsideration of a proposal.
   *
   * @param proposalId the decided proposal whose guideline version is waiting to take effect
   * @return the content
   */
  static Reconsideration of(ProposalId proposalId) {
    return ImmutableReconsideration.builder().proposalId(proposalId).build();
  }

  /**
   * Returns a builder of {@code Reconsideration}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * Reconsideration reconsideration = Reconsideration.builder()
   *     .proposalId(ProposalId.of("p-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReconsideration.Builder builder() {
    return ImmutableReconsideration.builder();
  }
}
