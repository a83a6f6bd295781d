package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A member's membership was paused by a decision, until an end date and with the group's reason;
 * the pause ends by itself then ({@link PauseEnded}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberPaused.class)
@JsonDeserialize(as = ImmutableMemberPaused.class)
public non-sealed interface MemberPaused extends GroupEvent {
  /**
   * Returns the paused member.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns when the pause ends by itself.
   *
   * @return the instant, after the event's
   */
  Instant until();

  /**
   * Returns the group's reason, as the decision gave it.
   *
   * @return the reason
   */
  String reason();

  /**
   * Returns the decision.
   *
   * @return the proposal that paused the member
   */
  ProposalId decidedBy();
}
