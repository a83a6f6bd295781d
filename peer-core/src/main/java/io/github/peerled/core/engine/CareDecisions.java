package io.github.peerled.core.engine;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.CloseProposal;
import io.github.peerled.core.command.CommentOnProposal;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.LeaveGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.ReviewHold;
import io.github.peerled.core.command.WithdrawProposal;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ImmutableContributionFlagged;
import io.github.peerled.core.event.ImmutableContributionHeld;
import io.github.peerled.core.event.ImmutableHoldReviewed;
import io.github.peerled.core.event.ImmutableMemberPaused;
import io.github.peerled.core.event.ImmutablePauseEnded;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides care with due process: flagging a contribution (and its hold when the flags reach the
 * group's threshold), the review of a hold, the pause a membership decision brings and its end, and
 * what a paused member may do. Every step is an event with its actor; the reasons are the
 * flagger's, the reviewer's or the group's. Pure: the instant is passed in.
 */
final class CareDecisions {
  private CareDecisions() {}

  // ---- flags and holds ----

  static CommandResult flag(Stamp stamp, FlagContribution f) {
    GroupState s = stamp.state;
    Rejection outsider = mayFlag(s.governance(), s.members().get(stamp.actor), stamp.actor);
    if (outsider != null) {
      return CommandResult.rejected(outsider);
    }
    Rejection missing = contribution(s, f.sessionId(), f.number());
    if (missing != null) {
      return CommandResult.rejected(missing);
    }
    if (f.reason().isBlank()) {
      return CommandResult.rejected(Rejections.blank("$.reason"));
    }
    Rejection underReview = HoldReviews.flagDuringReview(s, f, stamp.now);
    if (underReview != null) {
      return CommandResult.rejected(underReview);
    }
    Optional<ContributionFlags> flags = s.flagsOf(f.sessionId(), f.number());
    if (flags.isPresent() && flags.get().flaggedBy().contains(stamp.actor)) {
      return CommandResult.rejected(flaggedAlready(stamp.actor, f.sessionId(), f.number()));
    }
    stamp.events.add(
        ImmutableContributionFlagged.builder()
            .from(stamp.next())
            .sessionId(f.sessionId())
            .number(f.number())
            .reason(f.reason())
            .build());
    int count = flags.map(x -> x.flaggedBy().size()).orElse(0) + 1;
    HoldStatus hold = flags.map(ContributionFlags::hold).orElse(HoldStatus.NOT_HELD);
    int threshold = s.governance().flagThreshold();
    if (hold == HoldStatus.NOT_HELD && count >= threshold) {
      stamp.events.add(
          ImmutableContributionHeld.builder()
              .from(stamp.next())
              .sessionId(f.sessionId())
              .number(f.number())
              .flags(count)
              .threshold(threshold)
              .build());
    }
    return stamp.done();
  }

  /** Whether a member's standing lets them flag under the group's settings; null if it does. */
  static @Nullable Rejection mayFlag(GovernanceSettings g, @Nullable Member m, MemberId id) {
    if (m == null || m.standing().isPeer()) {
      return null; // the permission chain has refused non-members already
    }
    if (m.standing() == Standing.ADVISOR && !g.advisorsMayFlag()) {
      return Rejections.notPermitted(
          id
              + " may not flag contributions: the group does not let advisors flag"
              + " (governance setting advisorsMayFlag)");
    }
    if (m.standing() == Standing.GUEST && !g.guestsMayFlag()) {
      return Rejections.notPermitted(
          id
              + " may not flag contributions: the group does not let guests flag"
              + " (governance setting guestsMayFlag)");
    }
    return null;
  }

  /** Null if the session exists, has started and has a contribution with the number. */
  private static @Nullable Rejection contribution(GroupState s, SessionId id, int number) {
    Optional<Session> session = s.session(id);
    if (session.isEmpty()) {
      return Rejections.unknownSession(id);
    }
    int count = session.get().contributions();
    if (number < 1 || number > count) {
      return Rejections.invalid(
          "$.number: session "
              + id
              + " has no contribution "
              + number
              + "; it has "
              + count
              + (count == 1 ? " contribution" : " contributions"));
    }
    return null;
  }

  static CommandResult review(Stamp stamp, ReviewHold r) {
    GroupState s = stamp.state;
    Rejection missing = contribution(s, r.sessionId(), r.number());
    if (missing != null) {
      return CommandResult.rejected(missing);
    }
    HoldStatus hold =
        s.flagsOf(r.sessionId(), r.number())
            .map(ContributionFlags::hold)
            .orElse(HoldStatus.NOT_HELD);
    if (hold != HoldStatus.HELD) {
      return CommandResult.rejected(holdInWrongState(r.sessionId(), r.number(), hold));
    }
    Rejection byGroup = HoldReviews.facilitatorMayReview(s);
    if (byGroup != null) {
      return CommandResult.rejected(byGroup);
    }
    Session session = s.session(r.sessionId()).orElseThrow(); // checked above
    Rejection reviewer = mayReview(s, session, r.number(), stamp.actor);
    if (reviewer != null) {
      return CommandResult.rejected(reviewer);
    }
    if (r.reason().isBlank()) {
      return CommandResult.rejected(Rejections.blank("$.reason"));
    }
    stamp.events.add(
        ImmutableHoldReviewed.builder()
            .from(stamp.next())
            .sessionId(r.sessionId())
            .number(r.number())
            .kept(r.keep())
            .reason(r.reason())
            .build());
    return stamp.done();
  }

  /**
   * Whether a member may review the hold of a contribution: a facilitator or co-facilitator of its
   * session, or the group's latest facilitator, who did not flag it; null if they may.
   */
  static @Nullable Rejection mayReview(GroupState s, Session held, int number, MemberId actor) {
    SessionId session = held.id();
    boolean facilitator =
        held.facilitator().map(actor::equals).orElse(false)
            || held.coFacilitator().map(actor::equals).orElse(false)
            || s.leadership().lastFacilitator().map(actor::equals).orElse(false);
    if (!facilitator) {
      return Rejections.notPermitted(
          "only the facilitator or co-facilitator of session "
              + session
              + ", or the group's latest facilitator, may review the hold of contribution "
              + number
              + ", not "
              + actor);
    }
    boolean flagged =
        s.flagsOf(session, number).map(f -> f.flaggedBy().contains(actor)).orElse(false);
    if (flagged) {
      return Rejections.notPermitted(
          actor
              + " flagged contribution "
              + number
              + " of session "
              + session
              + " and may not review its hold");
    }
    return null;
  }

  static Rejection flaggedAlready(MemberId actor, SessionId session, int number) {
    return Rejections.invalid(
        actor + " flagged contribution " + number + " of session " + session + " already");
  }

  static Rejection holdInWrongState(SessionId session, int number, HoldStatus current) {
    return Rejections.wrongState(
        "contribution "
            + number
            + " of session "
            + session
            + " is "
            + describe(current)
            + "; only a held contribution is reviewed",
        current,
        HoldStatus.HELD);
  }

  private static String describe(HoldStatus h) {
    return switch (h) {
      case NOT_HELD -> "not held";
      case HELD -> "held";
      case KEPT -> "held, the hold kept by a review";
      case RELEASED -> "released by a review";
    };
  }

  // ---- pauses ----

  /**
   * Refuses what a paused member may not do. A paused member may comment on proposals, leave the
   * group, check the deadlines (which ends their pause when it is due), and draft, open, withdraw
   * or close a proposal to end their own pause early (an appeal); nothing else until the pause
   * ends.
   *
   * @return the refusal; null if the actor is not paused at the instant, or may do this
   */
  static @Nullable Rejection pausedMayNot(GroupState s, GroupCommand c, Instant now) {
    if (s.pauses().isEmpty()) {
      return null;
    }
    Optional<Pause> pause = s.pauseOf(c.actor(), now);
    if (pause.isEmpty()
        || c instanceof CommentOnProposal
        || c instanceof LeaveGroup
        || c instanceof CheckDeadlines
        || isAppeal(s, c)) {
      return null;
    }
    return paused(pause.get(), Permissions.entry(c).action());
  }

  static Rejection paused(Pause p, String action) {
    return Rejections.notPermitted(
        p.member()
            + " is paused until "
            + p.until()
            + " ("
            + p.reason()
            + "); while paused a member may comment on proposals, appeal the pause, leave or be"
            + " forgotten, but not "
            + action);
  }

  /** Whether a command drafts, opens, withdraws or closes an appeal of the actor's own pause. */
  private static boolean isAppeal(GroupState s, GroupCommand c) {
    ProposalContent content = null;
    if (c instanceof DraftProposal d) {
      content = d.content();
    } else {
      ProposalId id = null;
      if (c instanceof OpenProposal o) {
        id = o.proposalId();
      } else if (c instanceof WithdrawProposal w) {
        id = w.proposalId();
      } else if (c instanceof CloseProposal cl) {
        id = cl.proposalId();
      }
      if (id != null) {
        content = s.proposal(id).map(Proposal::content).orElse(null);
      }
    }
    return content instanceof MembershipChange m && m.endPause() && m.member().equals(c.actor());
  }

  /** Checks a pause or the end of one when drafted; null if it fits the state. */
  static @Nullable Rejection checkContent(GroupState s, MembershipChange m, Instant now) {
    Optional<Instant> until = m.pauseUntil();
    if (until.isPresent()) {
      if (!until.get().isAfter(now)) {
        return Rejections.invalid(
            "$.content.pauseUntil: a pause ends after it is proposed ("
                + now
                + "), was "
                + until.get());
      }
      if (m.reason().isEmpty() || m.reason().get().isBlank()) {
        return Rejections.blank("$.content.reason");
      }
    }
    if (m.endPause() && s.pauseOf(m.member(), now).isEmpty()) {
      return Rejections.invalid(m.member() + " is not paused");
    }
    return null;
  }

  /** Carries out an adopted pause, or the early end of one. */
  static void consequences(Stamp stamp, MembershipChange m, ProposalId decidedBy) {
    GroupState s = stamp.state;
    Optional<Instant> until = m.pauseUntil();
    if (until.isPresent() && until.get().isAfter(stamp.now)) {
      stamp.events.add(
          ImmutableMemberPaused.builder()
              .from(stamp.next())
              .member(m.member())
              .until(until.get())
              .reason(m.reason().orElse(""))
              .decidedBy(decidedBy)
              .build());
    } else if (m.endPause()) {
      Optional<Pause> pause = s.pauseOf(m.member(), stamp.now);
      if (pause.isPresent()) {
        stamp.events.add(
            ImmutablePauseEnded.builder()
                .from(stamp.next())
                .member(m.member())
                .until(pause.get().until())
                .endedEarlyBy(decidedBy)
                .build());
      }
    }
  }

  /** Ends every pause whose end date has come by an instant (a deadline check), each once. */
  static void endDue(Stamp stamp, Instant asOf) {
    for (Pause p : stamp.state.pauses().values()) {
      if (!p.inForceAt(asOf)) {
        stamp.events.add(
            ImmutablePauseEnded.builder()
                .from(stamp.next())
                .member(p.member())
                .until(p.until())
                .build());
      }
    }
  }

  /** The earliest end of a pause not yet recorded; null if there is none. */
  static @Nullable Instant nextEnd(GroupState s) {
    Instant next = null;
    for (Pause p : s.pauses().values()) {
      if (next == null || p.until().isBefore(next)) {
        next = p.until();
      }
    }
    return next;
  }
}
