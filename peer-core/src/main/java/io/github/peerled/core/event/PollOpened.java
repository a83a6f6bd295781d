package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** A peer opened a non-binding poll. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePollOpened.class)
@JsonDeserialize(as = ImmutablePollOpened.class)
public non-sealed interface PollOpened extends GroupEvent {
  /**
   * Returns the poll.
   *
   * @return the poll
   */
  PollId pollId();

  /**
   * Returns what the poll asks.
   *
   * @return the kind
   */
  PollKind kind();

  /**
   * Returns the question.
   *
   * @return the question
   */
  String question();

  /**
   * Returns the options.
   *
   * @return the options
   */
  List<String> options();

  /**
   * Returns when the poll stops taking answers.
   *
   * @return the instant
   */
  Instant closesAt();

  /**
   * Tells whether advisors may answer, as the group's settings said when it opened.
   *
   * @return true if advisors may answer
   */
  boolean advisorsMayAnswer();
}
