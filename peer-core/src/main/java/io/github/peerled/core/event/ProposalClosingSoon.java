package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * An open proposal entered its closing-soon window (its procedure's {@code closingSoon} before the
 * deadline); recorded once per proposal by a deadline check. Names who has not taken a stance yet,
 * so that the host can remind them. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposalClosingSoon.class)
@JsonDeserialize(as = ImmutableProposalClosingSoon.class)
public non-sealed interface ProposalClosingSoon extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the proposal's deadline.
   *
   * @return the instant from which it expires
   */
  Instant expiresAt();

  /**
   * Returns the members of the electorate, still active peers, who had not taken a stance.
   *
   * @return the undecided, in the order of the electorate; may be empty
   */
  List<MemberId> undecided();
}
