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

  /**
   * Returns a builder of {@code VolunteerToFacilitate}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * VolunteerToFacilitate volunteerToFacilitate = VolunteerToFacilitate.builder()
   *     .actor(MemberId.of("bob"))
   *     .sessionId(SessionId.of("s-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableVolunteerToFacilitate.Builder builder() {
    return ImmutableVolunteerToFacilitate.builder();
  }
}
