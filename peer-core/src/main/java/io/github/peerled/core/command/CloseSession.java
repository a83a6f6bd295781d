package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * Closes an open session. Only its facilitator or co-facilitator closes it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloseSession.class)
@JsonDeserialize(as = ImmutableCloseSession.class)
public non-sealed interface CloseSession extends GroupCommand {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns a builder of {@code CloseSession}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * CloseSession closeSession = CloseSession.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableCloseSession.Builder builder() {
    return ImmutableCloseSession.builder();
  }
}
