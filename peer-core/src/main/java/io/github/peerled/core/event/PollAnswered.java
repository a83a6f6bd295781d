package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import java.util.List;
import org.immutables.value.Value;

/** A member answered a poll, replacing any earlier answer of theirs. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePollAnswered.class)
@JsonDeserialize(as = ImmutablePollAnswered.class)
public non-sealed interface PollAnswered extends GroupEvent {
  /**
   * Returns the poll.
   *
   * @return the poll
   */
  PollId pollId();

  /**
   * Returns the options chosen, by index.
   *
   * @return the option indices
   */
  List<Integer> choices();

  /**
   * Returns the scores, one per option, of a score poll.
   *
   * @return the scores
   */
  List<Integer> scores();
}
