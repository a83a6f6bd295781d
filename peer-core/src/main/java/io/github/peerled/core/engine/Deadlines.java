package io.github.peerled.core.engine;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.event.ImmutableContributionTextExpired;
import io.github.peerled.core.event.ImmutableGuidelineVersionAdopted;
import io.github.peerled.core.event.ImmutableProposalClosingSoon;
import io.github.peerled.core.event.ImmutableProposalExpired;
import io.github.peerled.core.event.ImmutableReviewDue;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The group's deadlines: who is undecided on a proposal, when the next deadline falls, and what a
 * deadline check ({@link CheckDeadlines}) records, a scheduled guideline version taking effect
 * among them. Each deadline is recorded once: a closing-soon notice is marked on its proposal, an
 * expired proposal leaves the active ones, a review that fell due leaves the pending ones, and a
 * session whose contribution text expired is marked so, so the same check given twice records
 * nothing the second time. Pure: the instant is passed in.
 */
final class Deadlines {
  private Deadlines() {}

  /**
   * The members of a proposal's electorate still active peers who have taken no stance on its
   * current revision.
   */
  static List<MemberId> undecided(GroupState s, Proposal p) {
    List<MemberId> out = new ArrayList<>();
    for (MemberId m : p.electorate()) {
      Member member = s.members().get(m);
      if (member != null && member.isActivePeer() && !p.tookAStance(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** When the next deadline falls; empty when nothing is pending. */
  static Optional<Instant> next(GroupState s) {
    @Nullable Instant next = null;
    for (Proposal p : s.activeProposals()) {
      Optional<Instant> soon = closingSoonAt(p);
      if (soon.isPresent()) {
        next = earlier(next, soon.get());
      }
      Optional<Instant> expires = p.expiresAt();
      if (expires.isPresent()) {
        next = earlier(next, expires.get());
      }
    }
    for (Review r : s.pendingReviews()) {
      next = earlier(next, r.dueAt());
    }
    Optional<GuidelineVersion> scheduled = s.scheduledGuidelines();
    if (scheduled.isPresent()) {
      next = earlier(next, scheduled.get().effectiveAt());
    }
    Optional<Duration> retention = s.governance().contributionRetention();
    if (retention.isPresent()) {
      for (Session session : s.pastSessions().values()) {
        Optional<Instant> closed = session.closedAt();
        if (holdsText(session) && closed.isPresent()) {
          next = earlier(next, closed.get().plus(retention.get()));
        }
      }
    }
    Instant poll = PollDecisions.nextDue(s);
    if (poll != null) {
      next = earlier(next, poll);
    }
    Instant term = SelectionDecisions.nextDue(s);
    if (term != null) {
      next = earlier(next, term);
    }
    Instant item = ActionItemDecisions.nextDue(s);
    if (item != null) {
      next = earlier(next, item);
    }
    Instant pauseEnds = CareDecisions.nextEnd(s);
    if (pauseEnds != null) {
      next = earlier(next, pauseEnds);
    }
    return Optional.ofNullable(next);
  }

  /** Whether a session has contribution text not yet expired. */
  private static boolean holdsText(Session session) {
    return session.contributions() > 0 && session.textExpiredAt().isEmpty();
  }

  /**
   * The closed sessions whose contribution text has been kept for the retention period by {@code
   * cutOff}: closed at or before it, with text not yet expired, in the order they closed.
   */
  private static List<SessionId> expiring(GroupState s, Instant cutOff) {
    List<SessionId> out = new ArrayList<>();
    for (Session session : s.pastSessions().values()) {
      Optional<Instant> closed = session.closedAt();
      if (holdsText(session) && closed.isPresent() && !closed.get().isAfter(cutOff)) {
        out.add(session.id());
      }
    }
    return out;
  }

  private static Instant earlier(@Nullable Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /**
   * When an open proposal is to be announced as closing soon; empty for a draft, when its
   * procedure's window is zero, when it was announced already, or when the window would start only
   * at the deadline.
   */
  private static Optional<Instant> closingSoonAt(Proposal p) {
    Optional<Instant> opened = p.openedAt();
    Optional<DecisionProcedure> procedure = p.procedure();
    if (opened.isEmpty()
        || procedure.isEmpty()
        || procedure.get().closingSoon().isZero()
        || p.closingSoonNoticedAt().isPresent()) {
      return Optional.empty();
    }
    Instant expires = p.expiresAt().orElseThrow(); // an opened proposal has a deadline
    Instant at = expires.minus(procedure.get().closingSoon());
    if (at.isBefore(opened.get())) {
      at = opened.get();
    }
    return at.isBefore(expires) ? Optional.of(at) : Optional.empty();
  }

  /** Decides a deadline check: what has fallen due by its instant, each once. */
  static CommandResult check(Stamp stamp, CheckDeadlines c) {
    Instant asOf = c.asOf().orElse(stamp.now);
    if (asOf.isAfter(stamp.now)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "$.asOf: deadlines cannot be checked as of "
                  + asOf
                  + ", after the clock's instant "
                  + stamp.now));
    }
    GroupState s = stamp.state;
    for (Proposal p : s.activeProposals()) {
      Optional<Instant> expires = p.expiresAt();
      if (expires.isEmpty()) {
        continue; // a draft has no deadline
      }
      if (!asOf.isBefore(expires.get())) {
        stamp.events.add(
            ImmutableProposalExpired.builder()
                .from(stamp.next())
                .proposalId(p.id())
                .expiresAt(expires.get())
                .undecided(undecided(s, p))
                .build());
        continue;
      }
      Optional<Instant> soon = closingSoonAt(p);
      if (soon.isPresent() && !asOf.isBefore(soon.get())) {
        stamp.events.add(
            ImmutableProposalClosingSoon.builder()
                .from(stamp.next())
                .proposalId(p.id())
                .expiresAt(expires.get())
                .undecided(undecided(s, p))
                .build());
      }
    }
    for (Review r : s.pendingReviews()) {
      if (!asOf.isBefore(r.dueAt())) {
        stamp.events.add(ImmutableReviewDue.builder().from(stamp.next()).review(r).build());
      }
    }
    Optional<GuidelineVersion> scheduled = s.scheduledGuidelines();
    if (scheduled.isPresent() && !asOf.isBefore(scheduled.get().effectiveAt())) {
      stamp.events.add(
          ImmutableGuidelineVersionAdopted.builder()
              .from(stamp.next())
              .version(scheduled.get())
              .build());
    }
    Optional<Duration> retention = s.governance().contributionRetention();
    if (retention.isPresent()) {
      Instant cutOff = asOf.minus(retention.get());
      List<SessionId> expiring = expiring(s, cutOff);
      if (!expiring.isEmpty()) {
        stamp.events.add(
            ImmutableContributionTextExpired.builder()
                .from(stamp.next())
                .sessions(expiring)
                .cutOff(cutOff)
                .retention(retention.get())
                .build());
      }
    }
    PollDecisions.closeDue(stamp, asOf);
    SelectionDecisions.endTerms(stamp, asOf);
    ActionItemDecisions.overdue(stamp, asOf);
    CareDecisions.endDue(stamp, asOf);
    if (stamp.events.isEmpty()) {
      return CommandResult.rejected(
          Rejections.wrongState(
              "nothing has fallen due by "
                  + asOf
                  + next(s).map(n -> "; the next deadline falls at " + n).orElse("; none is set"),
              DeadlineStatus.NOTHING_DUE,
              DeadlineStatus.DEADLINE_DUE));
    }
    return stamp.done();
  }
}
