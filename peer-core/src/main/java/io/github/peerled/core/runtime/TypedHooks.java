package io.github.peerled.core.runtime;

import io.github.peerled.core.event.GroupEvent;
import java.util.function.Consumer;

/**
 * Registration of a listener for one event type: the one method every per-topic hook interface
 * ({@link ProposalHooks}, {@link SessionHooks}, ...) builds its typed hooks on, and that {@link
 * GroupEventPublisher} implements. Delivery is as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface TypedHooks {
  /**
   * Listens for events of one type (or its subtypes).
   *
   * @param <E> the type
   * @param type the event type, such as {@code StanceTaken.class}
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if an argument is null
   */
  <E extends GroupEvent> Registration on(Class<E> type, Consumer<? super E> listener);
}
