package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * An open proposal passed its deadline without being closed, as a deadline check found. It is not
 * adopted and has no tally: the group did not decide within the time its procedure gives, and
 * nobody may close it any more. It leaves the group's active proposals for the past ones, with its
 * stances kept for the record. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalExpired.class)
@JsonDeserialize(as = ImmutableProposalExpired.class)
public non-sealed interface ProposalExpired extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the deadline it passed.
   *
   * @return the instant from which it expired
   */
  Instant expiresAt();

  /**
   * Returns the members of the electorate, still active peers, who had not taken a stance.
   *
   * @return the undecided, in the order of the electorate; may be empty
   */
  List<MemberId> undecided();
}
