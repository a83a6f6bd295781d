package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import java.util.Optional;
import org.immutables.value.Value;

/** A member drafted a proposal. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalDrafted.class)
@JsonDeserialize(as = ImmutableProposalDrafted.class)
public non-sealed interface ProposalDrafted extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
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
  String rationale();

  /**
   * Returns what it would change.
   *
   * @return what it would change
   */
  ProposalContent content();

  /**
   * Returns the poll whose result seeded the proposal. Absent in logs written before it existed.
   *
   * @return the poll; empty unless named
   */
  Optional<PollId> seededBy();
}
