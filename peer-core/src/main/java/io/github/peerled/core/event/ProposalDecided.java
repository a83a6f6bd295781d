package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Tally;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A proposal was closed and decided by its tally. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalDecided.class)
@JsonDeserialize(as = ImmutableProposalDecided.class)
public non-sealed interface ProposalDecided extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the tally and outcome.
   *
   * @return the tally and outcome
   */
  Tally tally();

  /**
   * Returns the outcome statement given by whoever closed it.
   *
   * @return the statement; empty if none was given
   */
  Optional<String> outcomeStatement();

  /**
   * Returns when the decision is to be reviewed.
   *
   * @return the review date; empty if none was set
   */
  Optional<Instant> reviewAt();
}
