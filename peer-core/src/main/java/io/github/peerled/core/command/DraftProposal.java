package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Drafts a proposal. Only peers propose, advisors and guests comment. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDraftProposal.class)
@JsonDeserialize(as = ImmutableDraftProposal.class)
public non-sealed interface DraftProposal extends GroupCommand {
  /**
   * Returns the new proposal's id.
   *
   * @return the new proposal's id
   */
  ProposalId proposalId();

  /**
   * Returns the title.
   *
   * @return the title
   */
  String title();

  /**
   * Returns why it is proposed.
   *
   * @return why it is proposed
   */
  @Value.Default
  default String rationale() {
    return "";
  }

  /**
   * Returns what it would change.
   *
   * @return what it would change
   */
  ProposalContent content();

  /**
   * Returns the poll whose result seeded this proposal, if any: a closed poll of the group.
   *
   * @return the poll; empty unless named
   */
  Optional<PollId> seededBy();

  /**
   * Returns a builder of {@code DraftProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * DraftProposal draftProposal = DraftProposal.builder()
   *     .actor(MemberId.of("alice"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .title("Meet on Tuesdays")
   *     .content(LogisticsChange.of(MeetingPlan.of("Tuesdays at 7 pm")))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableDraftProposal.Builder builder() {
    return ImmutableDraftProposal.builder();
  }
}
