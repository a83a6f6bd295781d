package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Endorses the draft of the first guidelines. Once every founder has endorsed it, it is adopted as
 * version 1. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEndorseFoundingGuidelines.class)
@JsonDeserialize(as = ImmutableEndorseFoundingGuidelines.class)
public non-sealed interface EndorseFoundingGuidelines extends GroupCommand {
  /**
   * Returns the draft revision the actor endorses (a stale revision is a conflict).
   *
   * @return the draft revision the actor endorses (a stale revision is a conflict)
   */
  int revision();

  /**
   * Returns a builder of {@code EndorseFoundingGuidelines}; every part without a default must be
   * set before {@code build()}, which throws {@link IllegalStateException} if one is missing. For
   * example:
   *
   * <pre>{@code
   * EndorseFoundingGuidelines endorseFoundingGuidelines = EndorseFoundingGuidelines.builder()
   *     .actor(MemberId.of("bob"))
   *     .revision(1)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableEndorseFoundingGuidelines.Builder builder() {
    return ImmutableEndorseFoundingGuidelines.builder();
  }
}
