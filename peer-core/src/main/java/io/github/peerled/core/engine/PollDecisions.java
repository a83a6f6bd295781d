package io.github.peerled.core.engine;

import io.github.peerled.core.command.AnswerPoll;
import io.github.peerled.core.command.ClosePoll;
import io.github.peerled.core.command.OpenPoll;
import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollAnswer;
import io.github.peerled.core.decision.PollResult;
import io.github.peerled.core.decision.PollStatus;
import io.github.peerled.core.event.ImmutablePollAnswered;
import io.github.peerled.core.event.ImmutablePollClosed;
import io.github.peerled.core.event.ImmutablePollOpened;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.internal.PollRules;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides the non-binding polls: opening, answering, closing, and their closing by a deadline
 * check. A poll's events touch nothing but the poll. Pure: the instant is passed in.
 */
final class PollDecisions {
  private PollDecisions() {}

  static CommandResult open(Stamp stamp, OpenPoll o) {
    GroupState s = stamp.state;
    if (s.polls().containsKey(o.pollId())) {
      return CommandResult.rejected(Rejections.idInUse("poll", o.pollId()));
    }
    if (o.question().isBlank()) {
      return CommandResult.rejected(Rejections.blank("$.question"));
    }
    List<String> options = o.options();
    if (options.size() < 2) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.options: a poll needs at least two options, was " + options.size()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      String option = options.get(i);
      if (option.isBlank()) {
        return CommandResult.rejected(Rejections.blank("$.options[" + i + "]"));
      }
      if (!seen.add(option.strip())) {
        return CommandResult.rejected(
            Rejections.invalid("$.options[" + i + "]: \"" + option + "\" is listed twice"));
      }
    }
    if (!o.closesAt().isAfter(stamp.now)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.closesAt: a poll must close after it opens ("
                  + stamp.now
                  + "), was "
                  + o.closesAt()));
    }
    stamp.events.add(
        ImmutablePollOpened.builder()
            .from(stamp.next())
            .pollId(o.pollId())
            .kind(o.kind())
            .question(o.question())
            .options(options)
            .closesAt(o.closesAt())
            .advisorsMayAnswer(s.governance().advisorsMayAnswerPolls())
            .build());
    return stamp.done();
  }

  static CommandResult answer(Stamp stamp, AnswerPoll a) {
    Poll p = stamp.state.polls().get(a.pollId());
    if (p == null) {
      return CommandResult.rejected(Rejections.unknownPoll(a.pollId()));
    }
    PollStatus status = p.statusAt(stamp.now);
    if (status != PollStatus.OPEN) {
      return CommandResult.rejected(Rejections.pollInWrongState(p.id(), status, PollStatus.OPEN));
    }
    Member actor = stamp.state.members().get(stamp.actor);
    Rejection denied = mayAnswer(p, actor, stamp.actor);
    if (denied != null) {
      return CommandResult.rejected(denied);
    }
    String problem = PollRules.checkAnswer(p.kind(), p.options().size(), a.choices(), a.scores());
    if (problem != null) {
      return CommandResult.rejected(
          Rejections.invalid(problem + " (a " + PollRules.describe(p.kind()) + ")"));
    }
    stamp.events.add(
        ImmutablePollAnswered.builder()
            .from(stamp.next())
            .pollId(p.id())
            .choices(a.choices())
            .scores(a.scores())
            .build());
    return stamp.done();
  }

  /** Whether a member's standing lets them answer a poll; null if it does. */
  static @Nullable Rejection mayAnswer(Poll p, @Nullable Member actor, MemberId id) {
    if (actor == null || actor.standing().isPeer()) {
      return null; // the permission chain has refused non-members already
    }
    if (actor.standing() == Standing.ADVISOR && p.advisorsMayAnswer()) {
      return null;
    }
    return Rejections.notPermitted(
        id
            + " may not answer poll "
            + p.id()
            + ": "
            + (actor.standing() == Standing.ADVISOR
                ? "the group did not let advisors answer its polls when it opened"
                    + " (governance setting advisorsMayAnswerPolls)"
                : "guests do not answer the group's polls"));
  }

  static CommandResult close(Stamp stamp, ClosePoll c) {
    Poll p = stamp.state.polls().get(c.pollId());
    if (p == null) {
      return CommandResult.rejected(Rejections.unknownPoll(c.pollId()));
    }
    PollStatus status = p.statusAt(stamp.now);
    if (status == PollStatus.CLOSED) {
      return CommandResult.rejected(
          Rejections.pollInWrongState(p.id(), status, PollStatus.OPEN, PollStatus.DUE));
    }
    if (status == PollStatus.OPEN && !p.openedBy().equals(stamp.actor)) {
      return CommandResult.rejected(
          Rejections.notPermitted(
              "only "
                  + p.openedBy()
                  + ", who opened poll "
                  + p.id()
                  + ", may close it before "
                  + p.closesAt()
                  + ", not "
                  + stamp.actor));
    }
    closed(stamp, p);
    return stamp.done();
  }

  /** Closes every poll whose closing instant has passed by an instant (a deadline check). */
  static void closeDue(Stamp stamp, Instant asOf) {
    for (Poll p : stamp.state.polls().values()) {
      if (p.closedAt().isEmpty() && !asOf.isBefore(p.closesAt())) {
        closed(stamp, p);
      }
    }
  }

  private static void closed(Stamp stamp, Poll p) {
    stamp.events.add(
        ImmutablePollClosed.builder()
            .from(stamp.next())
            .pollId(p.id())
            .result(PollResult.count(p.kind(), p.options(), p.answers()))
            .build());
  }

  /** An answer as the fold records it. */
  static PollAnswer answerOf(
      MemberId member, List<Integer> choices, List<Integer> scores, Instant at) {
    return io.github.peerled.core.decision.ImmutablePollAnswer.builder()
        .member(member)
        .choices(choices)
        .scores(scores)
        .at(at)
        .build();
  }

  /** The next instant a poll falls due; null if none is open. */
  static @Nullable Instant nextDue(GroupState s) {
    Instant next = null;
    for (Poll p : s.polls().values()) {
      if (p.closedAt().isEmpty() && (next == null || p.closesAt().isBefore(next))) {
        next = p.closesAt();
      }
    }
    return next;
  }
}
