package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/** A person was recorded as present at a session. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableAttendanceRecorded.class)
@JsonDeserialize(as = ImmutableAttendanceRecorded.class)
public non-sealed interface AttendanceRecorded extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the person present.
   *
   * @return the person present
   */
  MemberId member();
}
