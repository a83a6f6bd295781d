package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Standing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Joins the group as the actor's member id, acknowledging the guideline version in force. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJoinGroup.class)
@JsonDeserialize(as = ImmutableJoinGroup.class)
public non-sealed interface JoinGroup extends GroupCommand {
  /**
   * Returns the name the new member goes by.
   *
   * @return the name the new member goes by
   */
  Optional<String> displayName();

  /**
   * Returns the standing asked for (newcomer, advisor or guest).
   *
   * @return the standing asked for (newcomer, advisor or guest)
   */
  @Value.Default
  default Standing standing() {
    return Standing.NEWCOMER;
  }

  /**
   * Returns where an advisor comes from.
   *
   * @return where an advisor comes from
   */
  Optional<Affiliation> affiliation();

  /**
   * Returns the guideline version the new member read and acknowledges (a stale version is a
   * conflict).
   *
   * @return the guideline version the new member read and acknowledges (a stale version is a
   *     conflict)
   */
  int acknowledgedVersion();
}
