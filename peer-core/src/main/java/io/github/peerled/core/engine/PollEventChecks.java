package io.github.peerled.core.engine;

import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollResult;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.internal.PollRules;

/**
 * The part of {@link EventChecks} that checks a poll's events against the state folded so far: who
 * may open, answer and close a poll, that an answer fits the poll, and that a poll's result is the
 * count of its answers. A failed check throws {@link IllegalStateException} with the reason, before
 * anything changes.
 */
final class PollEventChecks {
  private PollEventChecks() {}

  /** A poll's events: who may open, answer and close it, and that its result is its count. */
  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof PollOpened o) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "open a poll");
      if (s.folded().polls().containsKey(o.pollId())) {
        throw EventChecks.fail("poll " + o.pollId() + " exists already");
      }
      if (o.options().size() < 2) {
        throw EventChecks.fail("poll " + o.pollId() + " offers fewer than two options");
      }
    } else if (e instanceof PollAnswered a) {
      Member m = EventChecks.member(s, e.actor(), EventChecks.Need.MEMBER, "answer a poll");
      Poll p = poll(s, a.pollId());
      if (PollDecisions.mayAnswer(p, m, e.actor()) != null) {
        throw EventChecks.fail(e.actor() + " may not answer poll " + p.id());
      }
      if (!p.takesAnswersAt(e.at())) {
        throw EventChecks.fail("poll " + p.id() + " takes no answers at " + e.at());
      }
      String problem = PollRules.checkAnswer(p.kind(), p.options().size(), a.choices(), a.scores());
      if (problem != null) {
        throw EventChecks.fail("an answer to poll " + p.id() + " does not fit it: " + problem);
      }
    } else if (e instanceof PollClosed c) {
      EventChecks.actor(s, e, EventChecks.Need.PEER, "close a poll");
      Poll p = poll(s, c.pollId());
      if (p.closedAt().isPresent()) {
        throw EventChecks.fail("poll " + p.id() + " was closed already");
      }
      if (!p.openedBy().equals(e.actor()) && e.at().isBefore(p.closesAt())) {
        throw EventChecks.fail(
            e.actor() + " cannot close poll " + p.id() + " before " + p.closesAt());
      }
      if (!c.result().equals(PollResult.count(p.kind(), p.options(), p.answers()))) {
        throw EventChecks.fail("the result of poll " + p.id() + " is not the count of its answers");
      }
    }
  }

  static Poll poll(FoldBuffer s, PollId id) {
    Poll p = s.folded().polls().get(id);
    if (p == null) {
      throw EventChecks.fail("the group has no poll " + id);
    }
    return p;
  }
}
