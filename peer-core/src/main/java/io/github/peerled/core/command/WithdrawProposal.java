package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Withdraws a draft or open proposal. Only the proposer withdraws it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWithdrawProposal.class)
@JsonDeserialize(as = ImmutableWithdrawProposal.class)
public non-sealed interface WithdrawProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns a builder of {@code WithdrawProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * WithdrawProposal withdrawProposal = WithdrawProposal.builder()
   *     .actor(MemberId.of("alice"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableWithdrawProposal.Builder builder() {
    return ImmutableWithdrawProposal.builder();
  }
}
