package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/** Records a person as present at an open session. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableRecordAttendance.class)
@JsonDeserialize(as = ImmutableRecordAttendance.class)
public non-sealed interface RecordAttendance extends GroupCommand {
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

  /**
   * Returns a builder of {@code RecordAttendance}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * RecordAttendance recordAttendance = RecordAttendance.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .member(MemberId.of("bob"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableRecordAttendance.Builder builder() {
    return ImmutableRecordAttendance.builder();
  }
}
