package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Revokes the actor's proxy in force. Only the grantor can revoke it; the stances the holder took
 * until then stay. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRevokeProxy.class)
@JsonDeserialize(as = ImmutableRevokeProxy.class)
public non-sealed interface RevokeProxy extends GroupCommand {

  /**
   * Returns a builder of {@code RevokeProxy}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * RevokeProxy revokeProxy = RevokeProxy.builder()
   *     .actor(MemberId.of("alice"))
   *
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableRevokeProxy.Builder builder() {
    return ImmutableRevokeProxy.builder();
  }
}
