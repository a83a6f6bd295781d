package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/**
 * Says an action item the actor holds is done. Only its owner can, once they have accepted it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompleteActionItem.class)
@JsonDeserialize(as = ImmutableCompleteActionItem.class)
public non-sealed interface CompleteActionItem extends GroupCommand {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();

  /**
   * Returns a builder of {@code CompleteActionItem}; every part without a default must be set
   * before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * CompleteActionItem completeActionItem = CompleteActionItem.builder()
   *     .actor(MemberId.of("alice"))
   *     .itemId(ActionItemId.of("book-room"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableCompleteActionItem.Builder builder() {
    return ImmutableCompleteActionItem.builder();
  }
}
