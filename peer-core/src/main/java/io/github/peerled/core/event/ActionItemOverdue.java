package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A deadline check (given by the actor) found an assigned action item still open at its due date.
 * Recorded once per item. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionItemOverdue.class)
@JsonDeserialize(as = ImmutableActionItemOverdue.class)
public non-sealed interface ActionItemOverdue extends GroupEvent {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();

  /**
   * Returns the member who holds it.
   *
   * @return the owner
   */
  MemberId owner();

  /**
   * Returns when it was due.
   *
   * @return the due date
   */
  Instant dueAt();
}
