package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/** The owner of an action item (the actor) said it is done. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItemCompleted.class)
@JsonDeserialize(as = ImmutableActionItemCompleted.class)
public non-sealed interface ActionItemCompleted extends GroupEvent {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();
}
