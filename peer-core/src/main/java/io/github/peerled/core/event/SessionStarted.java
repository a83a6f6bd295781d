package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session started under the guideline version in force, with the facilitator the rotation chose.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionStarted.class)
@JsonDeserialize(as = ImmutableSessionStarted.class)
public non-sealed interface SessionStarted extends GroupEvent {
  /**
   * Returns the session.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the guideline version in force.
   *
   * @return the guideline version in force
   */
  int guidelineVersion();

  /**
   * Returns the facilitator.
   *
   * @return the facilitator
   */
  MemberId facilitator();

  /**
   * Returns the co-facilitator, if any.
   *
   * @return the co-facilitator, if any
   */
  Optional<MemberId> coFacilitator();

  /**
   * Returns how the facilitator was chosen.
   *
   * @return how the facilitator was chosen
   */
  String reason();

  /**
   * Returns who was present at the start.
   *
   * @return who was present at the start
   */
  List<MemberId> attendees();
}
