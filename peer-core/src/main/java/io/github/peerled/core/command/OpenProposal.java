package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Opens a draft for stances, freezing its electorate and procedure. Only the proposer opens it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenProposal.class)
@JsonDeserialize(as = ImmutableOpenProposal.class)
public non-sealed interface OpenProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();
}
