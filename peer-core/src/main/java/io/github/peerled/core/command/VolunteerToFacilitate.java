package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/** Volunteers the actor to facilitate a scheduled session. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableVolunteerToFacilitate.class)
@JsonDeserialize(as = ImmutableVolunteerToFacilitate.class)
public non-sealed interface VolunteerToFacilitate extends GroupCommand {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();
}
