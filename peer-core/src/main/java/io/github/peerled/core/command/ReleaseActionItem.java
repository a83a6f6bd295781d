package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItemId;
import org.immutables.value.Value;

/**
 * Releases an action item: its owner declines it before accepting it, or gives it back after. Only
 * the owner can, while it is open. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReleaseActionItem.class)
@JsonDeserialize(as = ImmutableReleaseActionItem.class)
public non-sealed interface ReleaseActionItem extends GroupCommand {
  /**
   * Returns the item.
   *
   * @return the item
   */
  ActionItemId itemId();

  /**
   * Returns a builder of {@code ReleaseActionItem}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ReleaseActionItem releaseActionItem = ReleaseActionItem.builder()
   *     .actor(MemberId.of("alice"))
   *     .itemId(ActionItemId.of("book-room"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReleaseActionItem.Builder builder() {
    return ImmutableReleaseActionItem.builder();
  }
}
