package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Starts a scheduled session. The rotation policy chooses its facilitator. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStartSession.class)
@JsonDeserialize(as = ImmutableStartSession.class)
public non-sealed interface StartSession extends GroupCommand {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns who is present at the start.
   *
   * @return who is present at the start
   */
  List<MemberId> attendees();

  /**
   * Returns a builder of {@code StartSession}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * StartSession startSession = StartSession.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .addAttendees(MemberId.of("alice"), MemberId.of("bob"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableStartSession.Builder builder() {
    return ImmutableStartSession.builder();
  }
}
