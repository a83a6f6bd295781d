package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/** A session was closed. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionClosed.class)
@JsonDeserialize(as = ImmutableSessionClosed.class)
public non-sealed interface SessionClosed extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();
}
