package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A non-binding poll and its answers: a sense check, a time poll, a simple or ranked choice, or a
 * score. A poll never changes the group's governance (guidelines, members, settings, leadership);
 * its result may seed a proposal ({@code DraftProposal.seededBy}), which the group then decides by
 * its own procedure. Answers are readable by the group, each with its member. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePoll.class)
@JsonDeserialize(as = ImmutablePoll.class)
public interface Poll {
  /** The highest score an option may be given in a score poll; the lowest is 0. */
  int MAX_SCORE = 5;

  /**
   * Returns the poll's id.
   *
   * @return the id
   */
  PollId id();

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
   * Returns the options (for a time poll, the time slots), at least two, distinct.
   *
   * @return the options, answers name them by index from 0
   */
  List<String> options();

  /**
   * Returns who opened the poll.
   *
   * @return the member
   */
  MemberId openedBy();

  /**
   * Returns when it was opened.
   *
   * @return the instant
   */
  Instant openedAt();

  /**
   * Returns when it stops taking answers; a deadline check then closes it.
   *
   * @return the instant
   */
  Instant closesAt();

  /**
   * Tells whether advisors may answer, as the group's governance settings said when it opened.
   * Guests never answer; peers always may.
   *
   * @return true if advisors may answer
   */
  boolean advisorsMayAnswer();

  /**
   * Returns the answers, the latest of each member, in the order members first answered.
   *
   * @return the answers
   */
  List<PollAnswer> answers();

  /**
   * Returns when it was closed.
   *
   * @return the instant; empty while open
   */
  Optional<Instant> closedAt();

  /**
   * Returns the result computed when it closed.
   *
   * @return the result; empty while open
   */
  Optional<PollResult> result();

  /**
   * Returns the status at an instant.
   *
   * @param now the instant
   * @return the status
   */
  default PollStatus statusAt(Instant now) {
    if (closedAt().isPresent()) {
      return PollStatus.CLOSED;
    }
    return now.isBefore(closesAt()) ? PollStatus.OPEN : PollStatus.DUE;
  }

  /**
   * Tells whether the poll takes answers at an instant: not closed, and before {@link #closesAt()}.
   *
   * @param now the instant
   * @return true if it takes answers
   */
  default boolean takesAnswersAt(Instant now) {
    return closedAt().isEmpty() && now.isBefore(closesAt());
  }

  /**
   * Returns a member's latest answer.
   *
   * @param member the member
   * @return the answer, or empty if they gave none
   */
  default Optional<PollAnswer> answerOf(MemberId member) {
    for (PollAnswer a : answers()) {
      if (a.member().equals(member)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
