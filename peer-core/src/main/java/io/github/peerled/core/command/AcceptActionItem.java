package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/**
 * Accepts an action item offered to the actor: from then on they hold it. Only the item's owner can
 * accept it, while it is proposed. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAcceptActionItem.class)
@JsonDeserialize(as = ImmutableAcceptActionItem.class)
public non-sealed interface AcceptActionItem extends GroupCommand {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();

  /**
   * Returns a builder of {@code AcceptActionItem}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * AcceptActionItem acceptActionItem = AcceptActionItem.builder()
   *     .actor(MemberId.of("alice"))
   *     .itemId(ActionItemId.of("book-room"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableAcceptActionItem.Builder builder() {
    return ImmutableAcceptActionItem.builder();
  }
}
