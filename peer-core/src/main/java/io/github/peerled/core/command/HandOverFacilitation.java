package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * Hands facilitation of an open session to another peer who is present. Only the facilitator or
 * co-facilitator hands over. The newcomer rule of rotation holds here too: a newcomer in their
 * newcomer period is not handed facilitation unless the group's rotation policy makes newcomers
 * eligible ({@code RotationPolicy.newcomersEligible()}); such a hand-over is rejected as not
 * permitted. Unlike rotation there is no fallback to newcomers: a session never needs a hand-over
 * to go on, since its facilitator keeps it or closes it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandOverFacilitation.class)
@JsonDeserialize(as = ImmutableHandOverFacilitation.class)
public non-sealed interface HandOverFacilitation extends GroupCommand {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns who facilitates from now on.
   *
   * @return who facilitates from now on
   */
  MemberId to();

  /**
   * Returns a builder of {@code HandOverFacilitation}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * HandOverFacilitation handOverFacilitation = HandOverFacilitation.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .to(MemberId.of("bob"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableHandOverFacilitation.Builder builder() {
    return ImmutableHandOverFacilitation.builder();
  }
}
