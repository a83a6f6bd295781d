package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.PollId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Answers an open poll, or replaces the actor's earlier answer. Options are named by their index in
 * the poll's options, from 0: one choice for a sense check or simple choice, every suitable slot
 * for a time poll, a ranking (most preferred first) for a ranked choice, and one score from 0 to
 * {@code Poll.MAX_SCORE} per option for a score poll. Peers answer; advisors only where the poll
 * allows it; guests never. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnswerPoll.class)
@JsonDeserialize(as = ImmutableAnswerPoll.class)
public non-sealed interface AnswerPoll extends GroupCommand {
  /**
   * Returns the poll.
   *
   * @return the poll
   */
  PollId pollId();

  /**
   * Returns the options chosen, by index; empty for a score poll.
   *
   * @return the option indices
   */
  List<Integer> choices();

  /**
   * Returns one score per option, for a score poll; empty for the other kinds.
   *
   * @return the scores
   */
  List<Integer> scores();

  /**
   * Returns a builder of {@code AnswerPoll}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * AnswerPoll answerPoll = AnswerPoll.builder()
   *     .actor(MemberId.of("bob"))
   *     .pollId(PollId.of("evening"))
   *     .addChoices(1)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableAnswerPoll.Builder builder() {
    return ImmutableAnswerPoll.builder();
  }
}
