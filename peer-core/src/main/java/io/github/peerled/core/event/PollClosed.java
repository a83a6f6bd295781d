package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollResult;
import org.immutables.value.Value;

/**
 * A poll closed, by its opener, by a peer after its closing instant, or by a deadline check, with
 * its result. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePollClosed.class)
@JsonDeserialize(as = ImmutablePollClosed.class)
public non-sealed interface PollClosed extends GroupEvent {
  /**
   * Returns the poll.
   *
   * @return the poll
   */
  PollId pollId();

  /**
   * Returns the result, computed from the answers when it closed.
   *
   * @return the result
   */
  PollResult result();
}
