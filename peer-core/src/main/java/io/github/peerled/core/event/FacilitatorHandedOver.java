package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.util.Optional;
import org.immutables.value.Value;

/** Facilitation of a session passed from one member to another. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableFacilitatorHandedOver.class)
@JsonDeserialize(as = ImmutableFacilitatorHandedOver.class)
public non-sealed interface FacilitatorHandedOver extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns who facilitated before (the previous session's facilitator at a session's start).
   *
   * @return who facilitated before (the previous session's facilitator at a session's start)
   */
  Optional<MemberId> previous();

  /**
   * Returns who facilitates now.
   *
   * @return who facilitates now
   */
  MemberId to();

  /**
   * Returns who co-facilitates now.
   *
   * @return who co-facilitates now
   */
  Optional<MemberId> coFacilitator();
}
