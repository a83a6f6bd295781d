package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A session was scheduled. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionScheduled.class)
@JsonDeserialize(as = ImmutableSessionScheduled.class)
public non-sealed interface SessionScheduled extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns when it is planned.
   *
   * @return when it is planned
   */
  Instant scheduledFor();

  /**
   * Returns how it meets.
   *
   * @return how it meets
   */
  MeetingFormat format();

  /**
   * Returns where it meets in person, if it does.
   *
   * @return where it meets in person, if it does
   */
  Optional<String> place();
}
