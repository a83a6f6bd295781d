package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/** The proposer withdrew a proposal. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalWithdrawn.class)
@JsonDeserialize(as = ImmutableProposalWithdrawn.class)
public non-sealed interface ProposalWithdrawn extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();
}
