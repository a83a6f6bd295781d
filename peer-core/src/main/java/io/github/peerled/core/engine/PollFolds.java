package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutablePoll;
import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollAnswer;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folds of a poll's life: opened, answered (a new answer replaces the member's earlier one, in
 * its place), closed with its result. They change the group's polls and nothing else. {@link
 * Evolver} dispatches to them after {@link EventChecks} has checked the event.
 *
 * <p>Not thread-safe: confined to the thread that folds, with the buffer it is given.
 */
final class PollFolds {
  private PollFolds() {}

  static void pollOpened(FoldBuffer buffer, PollOpened o) {
    put(
        buffer,
        ImmutablePoll.builder()
            .id(o.pollId())
            .kind(o.kind())
            .question(o.question())
            .options(o.options())
            .openedBy(o.actor())
            .openedAt(o.at())
            .closesAt(o.closesAt())
            .advisorsMayAnswer(o.advisorsMayAnswer())
            .build());
  }

  static void pollAnswered(FoldBuffer buffer, PollAnswered a) {
    Poll p = poll(buffer, a.pollId());
    PollAnswer answer = PollDecisions.answerOf(a.actor(), a.choices(), a.scores(), a.at());
    List<PollAnswer> answers = new ArrayList<>(p.answers());
    int at = -1;
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).member().equals(a.actor())) {
        at = i;
      }
    }
    if (at < 0) {
      answers.add(answer);
    } else {
      answers.set(at, answer);
    }
    put(buffer, ImmutablePoll.copyOf(p).withAnswers(answers));
  }

  static void pollClosed(FoldBuffer buffer, PollClosed c) {
    Poll p = poll(buffer, c.pollId());
    put(buffer, ImmutablePoll.copyOf(p).withClosedAt(c.at()).withResult(c.result()));
  }

  static Poll poll(FoldBuffer buffer, PollId id) {
    Poll p = buffer.published().polls().get(id);
    if (p == null) {
      throw new IllegalStateException("the group has no poll " + id);
    }
    return p;
  }

  private static void put(FoldBuffer buffer, Poll p) {
    ImmutableGroupState s = buffer.published();
    Map<PollId, Poll> polls = new LinkedHashMap<>(s.polls());
    polls.put(p.id(), p);
    buffer.publish(s.withPolls(polls));
  }
}
