package io.github.peerled.core.engine;

import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;

/**
 * The part of {@link EventChecks} that checks the events of care against the state folded so far:
 * who may flag, that a hold follows the flags, who may review it, that a pause carries out an
 * adopted decision and ends once, at its end date or by a decision; and that nobody paused took a
 * stance or contributed. A failed check throws {@link IllegalStateException} with the reason,
 * before anything changes.
 */
final class CareEventChecks {
  private CareEventChecks() {}

  /** Tells whether an event is one of this topic's, whose checks are {@code check}. */
  static boolean covers(GroupEvent e) {
    return e instanceof ContributionFlagged
        || e instanceof ContributionHeld
        || e instanceof HoldReviewed
        || e instanceof MemberPaused
        || e instanceof PauseEnded;
  }

  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof ContributionFlagged f) {
      Member m = EventChecks.member(s, e.actor(), EventChecks.Need.MEMBER, "flag a contribution");
      if (CareDecisions.mayFlag(s.folded().governance(), m, e.actor()) != null) {
        throw EventChecks.fail(e.actor() + " may not flag contributions");
      }
      notPaused(s, e.actor(), e.at(), "flag a contribution");
      contribution(s, f.sessionId(), f.number());
      Optional<ContributionFlags> flags = s.folded().flagsOf(f.sessionId(), f.number());
      if (flags.isPresent() && flags.get().flaggedBy().contains(e.actor())) {
        throw EventChecks.fail(
            e.actor()
                + " flagged contribution "
                + f.number()
                + " of "
                + f.sessionId()
                + " already");
      }
    } else if (e instanceof ContributionHeld h) {
      EventChecks.actor(s, e, EventChecks.Need.MEMBER, "flag a contribution");
      ContributionFlags flags = flags(s, h.sessionId(), h.number());
      if (flags.hold() != HoldStatus.NOT_HELD) {
        throw EventChecks.fail(
            "contribution " + h.number() + " of " + h.sessionId() + " was held already");
      }
      if (h.flags() != flags.flaggedBy().size() || h.flags() < h.threshold()) {
        throw EventChecks.fail(
            "contribution "
                + h.number()
                + " of "
                + h.sessionId()
                + " is held with "
                + h.flags()
                + " flags under a threshold of "
                + h.threshold()
                + ", but it has "
                + flags.flaggedBy().size());
      }
    } else if (e instanceof HoldReviewed r) {
      ContributionFlags flags = flags(s, r.sessionId(), r.number());
      if (flags.hold() != HoldStatus.HELD) {
        throw EventChecks.fail(
            "contribution " + r.number() + " of " + r.sessionId() + " is not held");
      }
      if (r.decidedBy().isPresent()) {
        HoldReviews.check(s, r, r.decidedBy().get());
        return;
      }
      EventChecks.actor(s, e, EventChecks.Need.PEER, "review a hold");
      notPaused(s, e.actor(), e.at(), "review a hold");
      if (HoldReviews.facilitatorMayReview(s.folded()) != null) {
        throw EventChecks.fail(
            e.actor() + " reviewed a hold alone, but the group reviews its holds");
      }
      Session session = contribution(s, r.sessionId(), r.number());
      if (CareDecisions.mayReview(s.folded(), session, r.number(), e.actor()) != null) {
        throw EventChecks.fail(
            e.actor() + " may not review the hold of " + r.number() + " of " + r.sessionId());
      }
    } else if (e instanceof MemberPaused p) {
      EventChecks.decision(s, e, p.decidedBy());
      EventChecks.member(s, p.member(), EventChecks.Need.MEMBER, "be paused");
      if (!p.until().isAfter(e.at())) {
        throw EventChecks.fail("a pause until " + p.until() + " begins at " + e.at());
      }
    } else if (e instanceof PauseEnded x) {
      Pause p = s.folded().pauses().get(x.member());
      if (p == null || !p.until().equals(x.until())) {
        throw EventChecks.fail("it ends a pause of " + x.member() + " the log never recorded");
      }
      if (x.endedEarlyBy().isPresent()) {
        EventChecks.decision(s, e, x.endedEarlyBy().get());
      } else {
        EventChecks.actor(s, e, EventChecks.Need.PEER, "check the group's deadlines");
        if (e.at().isBefore(p.until())) {
          throw EventChecks.fail(
              "the pause of " + x.member() + " ends at " + p.until() + ", not at " + e.at());
        }
      }
    }
  }

  /** Checks that a member was not paused at an instant. */
  static void notPaused(FoldBuffer s, MemberId member, Instant at, String what) {
    Optional<Pause> p = s.folded().pauseOf(member, at);
    if (p.isPresent()) {
      throw EventChecks.fail(
          member + " cannot " + what + ": they are paused until " + p.get().until());
    }
  }

  /** The session of a contribution as folded so far, with its contributions counted. */
  private static Session contribution(FoldBuffer s, SessionId id, int number) {
    Session session = s.pastSessionsView().get(id);
    int count = session == null ? 0 : session.contributions();
    if (session == null) {
      for (FoldBuffer.SessionSlot slot : s.sessions()) {
        if (slot.session.id().equals(id)) {
          session = slot.session;
          count = session.contributions() + slot.added;
        }
      }
    }
    if (session == null) {
      throw EventChecks.fail("it names session " + id + ", which the log never scheduled");
    }
    if (number < 1 || number > count) {
      throw EventChecks.fail("session " + id + " has no contribution " + number);
    }
    return session;
  }

  private static ContributionFlags flags(FoldBuffer s, SessionId id, int number) {
    return s.folded()
        .flagsOf(id, number)
        .orElseThrow(
            () ->
                EventChecks.fail(
                    "contribution " + number + " of session " + id + " was never flagged"));
  }
}
