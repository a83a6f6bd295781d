package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/** A member volunteered to facilitate a session. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFacilitationVolunteered.class)
@JsonDeserialize(as = ImmutableFacilitationVolunteered.class)
public non-sealed interface FacilitationVolunteered extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();
}
