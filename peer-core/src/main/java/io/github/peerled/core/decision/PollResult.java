package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of a closed poll, computed from its answers when it closed, deterministically: the
 * same answers in the same order give the same result. Options are named by their index in {@link
 * Poll#options()}. A result is advice to the group, never a decision. Immutable and thread-safe.
 *
 * <ul>
 *   <li>Sense check and simple choice: {@link #totals()} counts each option; the winners are the
 *       options picked most often (all of them on a tie).
 *   <li>Time poll: {@link #totals()} counts the members each slot suits; the winners are the most
 *       available slots (all of them on a tie), none if no slot suits anyone.
 *   <li>Score: {@link #totals()} is each option's sum of scores and {@link #means()} its mean over
 *       those who answered; the winners have the highest sum (all of them on a tie).
 *   <li>Ranked choice, by instant run-off: in each round every answer counts for its most preferred
 *       option still in the running (an answer that ranks none of them is exhausted and counts for
 *       nothing); an option with more than half of the answers counted wins; otherwise the option
 *       with the fewest is eliminated and the next round is counted. Tie rule for elimination: of
 *       the options tied for fewest, the one with fewer first preferences (round 1) goes; if still
 *       tied, the one listed later in the poll goes. {@link #rounds()} holds each round's counts
 *       and {@link #eliminated()} the order of elimination; there is exactly one winner unless no
 *       answer ranked anything.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePollResult.class)
@JsonDeserialize(as = ImmutablePollResult.class)
public interface PollResult {
  /**
   * Returns the kind of poll counted.
   *
   * @return the kind
   */
  PollKind kind();

  /**
   * Returns how many members answered.
   *
   * @return the count
   */
  int answered();

  /**
   * Returns each option's count (score polls: its sum of scores; ranked choice: its first
   * preferences), in the order of the options.
   *
   * @return the totals
   */
  List<Integer> totals();

  /**
   * Returns each option's mean score over those who answered, for a score poll with answers; empty
   * otherwise.
   *
   * @return the means
   */
  List<Double> means();

  /**
   * Returns the counts of each round of an instant run-off, an eliminated option counting 0; empty
   * for the other kinds.
   *
   * @return the rounds, each with one count per option
   */
  List<List<Integer>> rounds();

  /**
   * Returns the options eliminated in an instant run-off, in the order they went; empty for the
   * other kinds.
   *
   * @return the option indices
   */
  List<Integer> eliminated();

  /**
   * Returns the winning options: more than one only on a tie (never for a ranked choice); none if
   * nobody answered, or nothing was chosen.
   *
   * @return the option indices, in the order of the options
   */
  List<Integer> winners();

  /**
   * Returns the result explained in one plain sentence.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * Counts the answers of a poll.
   *
   * @param kind the kind of poll
   * @param options the options, in order
   * @param answers the latest answer of each member who answered, each valid for the poll
   * @return the result
   * @throws IllegalArgumentException if an answer is not valid for the poll
   */
  static PollResult count(PollKind kind, List<String> options, List<PollAnswer> answers) {
    return PollCounting.count(kind, options, answers);
  }
}
