package io.github.peerled.core.runtime;

import io.github.peerled.core.event.ProxyGranted;
import io.github.peerled.core.event.ProxyRevoked;
import java.util.function.Consumer;

/**
 * The typed hooks for proxies: granted and revoked. {@link GroupEventPublisher} extends this
 * interface, so a host calls them on {@code runtime.eventPublisher()}; a part of a host that
 * follows only this topic may take a {@code ProxyHooks} instead of the whole publisher. Delivery is
 * as {@link GroupEventPublisher} describes.
 *
 * <p>Thread-safe, as the publisher is.
 */
public interface ProxyHooks extends TypedHooks {
  /**
   * Listens for {@link ProxyGranted}: a peer granted a proxy to another peer.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProxyGranted(Consumer<? super ProxyGranted> listener) {
    return on(ProxyGranted.class, listener);
  }

  /**
   * Listens for {@link ProxyRevoked}: the grantor of a proxy revoked it.
   *
   * @param listener the listener
   * @return the registration, to remove it
   * @throws NullPointerException if {@code listener} is null
   */
  default Registration onProxyRevoked(Consumer<? super ProxyRevoked> listener) {
    return on(ProxyRevoked.class, listener);
  }
}
