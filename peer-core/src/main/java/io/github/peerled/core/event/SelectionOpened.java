package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.leadership.RoleName;
import org.immutables.value.Value;

/** A peer opened the selection of a role. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableSelectionOpened.class)
@JsonDeserialize(as = ImmutableSelectionOpened.class)
public non-sealed interface SelectionOpened extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();
}
