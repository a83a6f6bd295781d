package io.github.peerled.core.engine;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.event.ImmutableProposalClosingSoon;
import io.github.peerled.core.event.ImmutableProposalExpired;
import io.github.peerled.core.event.ImmutableReviewDue;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.ClosingRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The group's deadlines: who is undecided on a proposal, when the next deadline falls, and what a
 * deadline check ({@link CheckDeadlines}) records. Each deadline is recorded once: a closing-soon
 * notice is marked on its proposal, an expired proposal leaves the active ones, and a review that
 * fell due leaves the pending ones, so the same check given twice records nothing the second time.
 * Pure: the instant is passed in.
 */
final class Deadlines {
  private Deadlines() {}

  /** The members of a proposal's electorate still active peers who have taken no stance. */
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
    Instant poll = PollDecisions.nextDue(s);
    if (poll != null) {
      next = earlier(next, poll);
    }
    return Optional.ofNullable(next);
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
    Instant at = ClosingRules.closingSoonAt(opened.get(), procedure.get());
    return at.isBefore(ClosingRules.expiresAt(opened.get(), procedure.get()))
        ? Optional.of(at)
        : Optional.empty();
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
    PollDecisions.closeDue(stamp, asOf);
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
