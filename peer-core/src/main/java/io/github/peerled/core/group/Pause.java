package io.github.peerled.core.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A pause of one member's membership, decided by the group: why, from when and until when. A paused
 * member stays a member; until the pause ends they may comment on proposals, appeal the pause (a
 * proposal to end it early), leave or be forgotten, and nothing else. The pause ends by itself at
 * {@link #until()} (a deadline check records it), or earlier by a decision. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePause.class)
@JsonDeserialize(as = ImmutablePause.class)
public interface Pause {
  /**
   * Returns the paused member.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the group's reason, as the decision gave it.
   *
   * @return the reason
   */
  String reason();

  /**
   * Returns when the pause began: when the decision was closed.
   *
   * @return the instant
   */
  Instant since();

  /**
   * Returns when the pause ends by itself.
   *
   * @return the instant, after {@link #since()}
   */
  Instant until();

  /**
   * Returns the decision that paused the member.
   *
   * @return the proposal
   */
  ProposalId decidedBy();

  /**
   * Tells whether the pause is in force at an instant.
   *
   * @param at the instant
   * @return true before {@link #until()}
   */
  default boolean inForceAt(Instant at) {
    return at.isBefore(until());
  }
}
