package io.github.peerled.core.runtime;

import io.github.peerled.core.event.FoundingDraftRevised;
import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GroupFounded;
import java.util.function.Consumer;

/**
 * The typed hooks for founding a group: the group founded, its founders' draft guidelines revised
 * and endorsed. {@link GroupEventPublisher} extends this interface, so a host calls them on {@code
 * runtime.eventPublisher()}; a part of a host that follows only this topic may take a {@code
 * FoundingHooks} instead of the whole publisher. Delivery is as {@link GroupEventPublisher}
 * describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface FoundingHooks extends TypedHooks {
  /**
   * Listens for {@link GroupFounded}: the group was founded.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onGroupFounded(Consumer<? super GroupFounded> listener) {
    return on(GroupFounded.class, listener);
  }

  /**
   * Listens for {@link FoundingDraftRevised}: the founders revised their draft guidelines.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFoundingDraftRevised(Consumer<? super FoundingDraftRevised> listener) {
    return on(FoundingDraftRevised.class, listener);
  }

  /**
   * Listens for {@link FoundingGuidelinesEndorsed}: a founder endorsed the draft guidelines.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onFoundingGuidelinesEndorsed(
      Consumer<? super FoundingGuidelinesEndorsed> listener) {
    return on(FoundingGuidelinesEndorsed.class, listener);
  }
}
