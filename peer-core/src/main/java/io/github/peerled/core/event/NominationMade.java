package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import org.immutables.value.Value;

/**
 * A peer (the actor) nominated a member for a role before the reveal. The log records the nominee;
 * the state members read hides it until the reveal. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNominationMade.class)
@JsonDeserialize(as = ImmutableNominationMade.class)
public non-sealed interface NominationMade extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member nominated.
   *
   * @return the member
   */
  MemberId nominee();
}
