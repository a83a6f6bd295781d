package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Revises an open proposal: its content (and, if given, its title and rationale) become a new,
 * numbered revision, checked again as a draft is. The stances taken on earlier revisions stay on
 * record, to reconfirm, and no longer count. Its proposer revises it, or any peer if the procedure
 * frozen at its opening allows ({@code DecisionProcedure.anyPeerMayRevise()}). The content must ask
 * for the same kind of decision about the same members, since the electorate and procedure are
 * frozen. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviseProposal.class)
@JsonDeserialize(as = ImmutableReviseProposal.class)
public non-sealed interface ReviseProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the new title.
   *
   * @return the title; empty to keep the current one
   */
  Optional<String> title();

  /**
   * Returns the new rationale.
   *
   * @return the rationale; empty to keep the current one
   */
  Optional<String> rationale();

  /**
   * Returns what the revised proposal would change.
   *
   * @return the content
   */
  ProposalContent content();

  /**
   * Returns the open objections this revision addresses, by number.
   *
   * @return the objection numbers; may be empty
   */
  List<ObjectionId> addresses();

  /**
   * Returns a builder of {@code ReviseProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ReviseProposal reviseProposal = ReviseProposal.builder()
   *     .actor(MemberId.of("alice"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .content(LogisticsChange.of(MeetingPlan.of("Thursdays at 7 pm")))
   *     .addAddresses(ObjectionId.of(1))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReviseProposal.Builder builder() {
    return ImmutableReviseProposal.builder();
  }
}
