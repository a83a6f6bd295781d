package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer (the actor) changed their nomination for a role in the change round, or nominated for the
 * first time after the reveal. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNominationChanged.class)
@JsonDeserialize(as = ImmutableNominationChanged.class)
public non-sealed interface NominationChanged extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member now nominated.
   *
   * @return the member
   */
  MemberId nominee();

  /**
   * Returns the member nominated before.
   *
   * @return the member; empty if the actor had not nominated before the reveal
   */
  Optional<MemberId> previous();
}
