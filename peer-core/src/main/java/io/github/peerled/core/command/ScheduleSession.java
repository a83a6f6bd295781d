package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Schedules a session. Needs guidelines in force. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduleSession.class)
@JsonDeserialize(as = ImmutableScheduleSession.class)
public non-sealed interface ScheduleSession extends GroupCommand {
  /**
   * Returns the new session's id.
   *
   * @return the new session's id
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

  /**
   * Returns a builder of {@code ScheduleSession}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ScheduleSession scheduleSession = ScheduleSession.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .scheduledFor(Instant.parse("2026-03-03T18:00:00Z"))
   *     .format(MeetingFormat.ONLINE)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableScheduleSession.Builder builder() {
    return ImmutableScheduleSession.builder();
  }
}
