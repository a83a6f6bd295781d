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

  /**
   * Returns a builder of {@code CommentOnProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * CommentOnProposal commentOnProposal = CommentOnProposal.builder()
   *     .actor(MemberId.of("bob"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .text("Could we try it for a month first?")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableCommentOnProposal.Builder builder() {
    return ImmutableCommentOnProposal.builder();
  }
}
