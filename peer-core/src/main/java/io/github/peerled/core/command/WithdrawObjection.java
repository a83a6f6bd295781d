package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Withdraws one's own objection to an open proposal: it no longer stops the proposal. Only the
 * objection's author withdraws it; nobody, the facilitator included, can dismiss it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWithdrawObjection.class)
@JsonDeserialize(as = ImmutableWithdrawObjection.class)
public non-sealed interface WithdrawObjection extends GroupCommand {
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
   * Returns a builder of {@code WithdrawObjection}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * WithdrawObjection withdrawObjection = WithdrawObjection.builder()
   *     .actor(MemberId.of("bob"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .objection(ObjectionId.of(1))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableWithdrawObjection.Builder builder() {
    return ImmutableWithdrawObjection.builder();
  }
}
