package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/**
 * The owner of an action item (the actor) released it: declined it before accepting, or gave it
 * back. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItemReleased.class)
@JsonDeserialize(as = ImmutableActionItemReleased.class)
public non-sealed interface ActionItemReleased extends GroupEvent {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();
}
