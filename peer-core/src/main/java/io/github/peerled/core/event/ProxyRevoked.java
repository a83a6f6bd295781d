package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import org.immutables.value.Value;

/** The grantor of a proxy (the actor) revoked it. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProxyRevoked.class)
@JsonDeserialize(as = ImmutableProxyRevoked.class)
public non-sealed interface ProxyRevoked extends GroupEvent {
  /**
   * Returns the member who held the proxy.
   *
   * @return the holder
   */
  MemberId holder();
}
