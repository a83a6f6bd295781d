package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.privacy.PersonalData;
import org.immutables.value.Value;

/** Someone commented on a proposal, or attached a recommendation. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalCommented.class)
@JsonDeserialize(as = ImmutableProposalCommented.class)
public non-sealed interface ProposalCommented extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the comment.
   *
   * @return the comment
   */
  @PersonalData
  String text();

  /**
   * Returns whether it is a recommendation.
   *
   * @return whether it is a recommendation
   */
  boolean recommendation();
}
