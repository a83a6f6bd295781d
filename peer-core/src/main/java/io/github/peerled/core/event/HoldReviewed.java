package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * The hold of a contribution was reviewed by the actor: kept (it stays hidden) or released (it is
 * shown again), with the reviewer's reason. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHoldReviewed.class)
@JsonDeserialize(as = ImmutableHoldReviewed.class)
public non-sealed interface HoldReviewed extends GroupEvent {
  /**
   * Returns the session of the contribution.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the contribution's number within its session.
   *
   * @return the number
   */
  int number();

  /**
   * Tells whether the hold was kept.
   *
   * @return true if the contribution stays hidden; false if it is released
   */
  boolean kept();

  /**
   * Returns the reviewer's reason.
   *
   * @return the reason
   */
  String reason();
}
