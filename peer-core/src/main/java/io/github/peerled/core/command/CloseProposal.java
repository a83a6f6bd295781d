package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Closes an open proposal and decides it by its tally. Allowed once the discussion period has
 * passed or everyone in the electorate took a stance. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloseProposal.class)
@JsonDeserialize(as = ImmutableCloseProposal.class)
public non-sealed interface CloseProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the proposer's decision under the advice process (empty otherwise).
   *
   * @return the proposer's decision under the advice process (empty otherwise)
   */
  Optional<Boolean> adopt();
}
