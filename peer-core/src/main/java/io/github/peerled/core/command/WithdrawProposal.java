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
}
