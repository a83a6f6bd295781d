package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A member's answer to a poll, as last given (a new answer replaces the earlier one). Options are
 * named by their index in {@link Poll#options()}, from 0. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePollAnswer.class)
@JsonDeserialize(as = ImmutablePollAnswer.class)
public interface PollAnswer {
  /**
   * Returns who answered.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the options chosen: one for a sense check or a simple choice, every suitable slot for a
   * time poll (possibly none), the ranking (most preferred first) for a ranked choice; empty for a
   * score poll.
   *
   * @return the option indices
   */
  List<Integer> choices();

  /**
   * Returns the score given to each option, in the order of the options, for a score poll; empty
   * for the other kinds.
   *
   * @return the scores
   */
  List<Integer> scores();

  /**
   * Returns when the answer was given.
   *
   * @return the instant
   */
  Instant at();
}
