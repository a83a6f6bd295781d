package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import org.immutables.value.Value;

/**
 * Closes a poll and records its result. The peer who opened it may close it at any time; once its
 * closing instant has passed, any peer may (and a deadline check does). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosePoll.class)
@JsonDeserialize(as = ImmutableClosePoll.class)
public non-sealed interface ClosePoll extends GroupCommand {
  /**
   * Returns the poll.
   *
   * @return the poll
   */
  PollId pollId();

  /**
   * Returns a builder of {@code ClosePoll}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ClosePoll closePoll = ClosePoll.builder()
   *     .actor(MemberId.of("alice"))
   *     .pollId(PollId.of("evening"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableClosePoll.Builder builder() {
    return ImmutableClosePoll.builder();
  }
}
