package io.github.peerled.core.runtime;

import io.github.peerled.core.event.ActionItemAccepted;
import io.github.peerled.core.event.ActionItemAgreed;
import io.github.peerled.core.event.ActionItemCompleted;
import io.github.peerled.core.event.ActionItemOverdue;
import io.github.peerled.core.event.ActionItemReleased;
import java.util.function.Consumer;

/**
 * The typed hooks for action items: agreed, accepted, completed, released and overdue. {@link
 * GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * ActionItemHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher}
 * describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface ActionItemHooks extends TypedHooks {
  /**
   * Listens for {@link ActionItemAgreed}: a peer agreed an action item and offered it to its owner.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemAgreed(Consumer<? super ActionItemAgreed> listener) {
    return on(ActionItemAgreed.class, listener);
  }

  /**
   * Listens for {@link ActionItemAccepted}: the owner of an action item accepted it, and holds it
   * from now on.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemAccepted(Consumer<? super ActionItemAccepted> listener) {
    return on(ActionItemAccepted.class, listener);
  }

  /**
   * Listens for {@link ActionItemCompleted}: the owner of an action item said it is done.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemCompleted(Consumer<? super ActionItemCompleted> listener) {
    return on(ActionItemCompleted.class, listener);
  }

  /**
   * Listens for {@link ActionItemReleased}: the owner of an action item declined it or gave it
   * back.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemReleased(Consumer<? super ActionItemReleased> listener) {
    return on(ActionItemReleased.class, listener);
  }

  /**
   * Listens for {@link ActionItemOverdue}: a deadline check found an assigned action item overdue.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onActionItemOverdue(Consumer<? super ActionItemOverdue> listener) {
    return on(ActionItemOverdue.class, listener);
  }
}
