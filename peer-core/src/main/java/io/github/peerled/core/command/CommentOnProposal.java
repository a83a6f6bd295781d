package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Comments on a proposal, or attaches a recommendation. Open to everyone in the group. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommentOnProposal.class)
@JsonDeserialize(as = ImmutableCommentOnProposal.class)
public non-sealed interface CommentOnProposal extends GroupCommand {
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
  String text();

  /**
   * Returns whether it is a recommendation.
   *
   * @return whether it is a recommendation
   */
  @Value.Default
  default boolean recommendation() {
    return false;
  }
}
