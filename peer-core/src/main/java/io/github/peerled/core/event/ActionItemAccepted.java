package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/**
 * The owner of an action item (the actor) accepted it: from now on they hold it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItemAccepted.class)
@JsonDeserialize(as = ImmutableActionItemAccepted.class)
public non-sealed interface ActionItemAccepted extends GroupEvent {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();
}
