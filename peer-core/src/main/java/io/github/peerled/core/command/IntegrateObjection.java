package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Says that a revision integrated one's own objection to an open proposal: it no longer stops the
 * proposal. Only the objection's author integrates it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntegrateObjection.class)
@JsonDeserialize(as = ImmutableIntegrateObjection.class)
public non-sealed interface IntegrateObjection extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the objection, by its number within the proposal.
   *
   * @return the objection's id
   */
  ObjectionId objection();

  /**
   * Returns a builder of {@code IntegrateObjection}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * IntegrateObjection integrateObjection = IntegrateObjection.builder()
   *     .actor(MemberId.of("bob"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .objection(ObjectionId.of(1))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableIntegrateObjection.Builder builder() {
    return ImmutableIntegrateObjection.builder();
  }
}
