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
}
