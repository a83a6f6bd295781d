package io.github.peerled.core.runtime;

import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.StandingChanged;
import java.util.function.Consumer;

/**
 * The typed hooks for membership: members joining and leaving, and their standing. {@link
 * GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * MembershipHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher}
 * describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface MembershipHooks extends TypedHooks {
  /**
   * Listens for {@link MemberJoined}: a person joined.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberJoined(Consumer<? super MemberJoined> listener) {
    return on(MemberJoined.class, listener);
  }

  /**
   * Listens for {@link MemberLeft}: a member left.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onMemberLeft(Consumer<? super MemberLeft> listener) {
    return on(MemberLeft.class, listener);
  }

  /**
   * Listens for {@link StandingChanged}: a member's standing changed.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onStandingChanged(Consumer<? super StandingChanged> listener) {
    return on(StandingChanged.class, listener);
  }
}
