package io.github.peerled.core.runtime;

import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import java.util.function.Consumer;

/**
 * The typed hooks for non-binding polls: opened, answered and closed. {@link GroupEventPublisher}
 * extends this interface, so a host calls them on {@code runtime.eventPublisher()}; a part of a
 * host that follows only this topic may take a {@code PollHooks} instead of the whole publisher.
 * Delivery is as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface PollHooks extends TypedHooks {
  /**
   * Listens for {@link PollOpened}: a peer opened a non-binding poll.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollOpened(Consumer<? super PollOpened> listener) {
    return on(PollOpened.class, listener);
  }

  /**
   * Listens for {@link PollAnswered}: a member answered a poll, or changed their answer.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollAnswered(Consumer<? super PollAnswered> listener) {
    return on(PollAnswered.class, listener);
  }

  /**
   * Listens for {@link PollClosed}: a poll closed, with its result.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onPollClosed(Consumer<? super PollClosed> listener) {
    return on(PollClosed.class, listener);
  }
}
