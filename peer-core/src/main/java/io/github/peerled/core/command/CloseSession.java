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
}
