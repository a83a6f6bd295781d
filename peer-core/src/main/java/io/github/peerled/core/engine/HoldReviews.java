package io.github.peerled.core.engine;

import io.github.peerled.core.command.FlagContribution;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.HoldReviewer;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.ImmutableHoldReviewed;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides and checks the group's review of a hold ({@link HoldReview}): when it may be drafted and
 * opened, who is left out of its count (the author, a subject, and the flaggers), what its adoption
 * records, and the refusals that keep one reviewer per group setting and one review per hold. Pure:
 * the instant is passed in.
 */
final class HoldReviews {
  private HoldReviews() {}

  /** Checks a group review when drafted or revised; null if it fits the state. */
  static @Nullable Rejection checkContent(GroupState s, HoldReview h) {
    if (s.governance().holdReviewer() != HoldReviewer.GROUP) {
      return Rejections.notPermitted(
          "a facilitator reviews the group's holds (governance setting holdReviewer "
              + s.governance().holdReviewer()
              + "); the group reviews them by a proposal only when it is GROUP");
    }
    Optional<Session> session = s.session(h.sessionId());
    if (session.isEmpty()) {
      return Rejections.invalid(
          "$.content.sessionId: there is no session " + h.sessionId() + " in the group");
    }
    int count = session.get().contributions();
    if (h.number() < 1 || h.number() > count) {
      return Rejections.invalid(
          "$.content.number: session "
              + h.sessionId()
              + " has no contribution "
              + h.number()
              + "; it has "
              + count
              + (count == 1 ? " contribution" : " contributions"));
    }
    if (!session.get().attendees().contains(h.author())) {
      // the state keeps no contribution's author; every author attends the session they speak in
      return Rejections.invalid(
          "$.content.author: "
              + h.author()
              + " did not attend session "
              + h.sessionId()
              + ", so did not write contribution "
              + h.number());
    }
    Rejection held = stillHeld(s, h);
    if (held != null) {
      return held;
    }
    if (h.reason().isBlank()) {
      return Rejections.blank("$.content.reason");
    }
    return null;
  }

  /** Refuses to open a group review of a hold reviewed meanwhile; null if it is still held. */
  static @Nullable Rejection checkOpen(GroupState s, ProposalContent content) {
    return content instanceof HoldReview h ? stillHeld(s, h) : null;
  }

  private static @Nullable Rejection stillHeld(GroupState s, HoldReview h) {
    HoldStatus hold = holdOf(s, h.sessionId(), h.number());
    return hold == HoldStatus.HELD
        ? null
        : CareDecisions.holdInWrongState(h.sessionId(), h.number(), hold);
  }

  private static HoldStatus holdOf(GroupState s, SessionId session, int number) {
    return s.flagsOf(session, number).map(ContributionFlags::hold).orElse(HoldStatus.NOT_HELD);
  }

  /**
   * Tells whether a member is a party to what a proposal decides: a member it is about ({@link
   * ProposalContent#subjects()}), or one who flagged the contribution a group review is about.
   * Parties may comment, but are left out of the electorate and may not stand for another.
   */
  static boolean isParty(GroupState s, ProposalContent content, MemberId member) {
    if (content.subjects().contains(member)) {
      return true;
    }
    return content instanceof HoldReview h
        && s.flagsOf(h.sessionId(), h.number())
            .map(f -> f.flaggedBy().contains(member))
            .orElse(false);
  }

  /** Tells whether a revision keeps reviewing the same held contribution (true if no review). */
  static boolean sameHold(ProposalContent was, ProposalContent now) {
    if (was instanceof HoldReview a && now instanceof HoldReview b) {
      return a.sessionId().equals(b.sessionId()) && a.number() == b.number();
    }
    return true;
  }

  /** Refuses a facilitator's review when the group reviews its holds; null if a facilitator may. */
  static @Nullable Rejection facilitatorMayReview(GroupState s) {
    if (s.governance().holdReviewer() == HoldReviewer.FACILITATOR) {
      return null;
    }
    return Rejections.notPermitted(
        "the group reviews its holds (governance setting holdReviewer GROUP): propose a"
            + " hold-review instead");
  }

  /**
   * Refuses a flag on a contribution whose group review is open: the electorate was fixed at the
   * opening without the flaggers, and a new flagger would count twice; null if none is open.
   */
  static @Nullable Rejection flagDuringReview(GroupState s, FlagContribution f, Instant now) {
    for (Proposal p : s.activeProposals()) {
      if (p.content() instanceof HoldReview h
          && h.sessionId().equals(f.sessionId())
          && h.number() == f.number()
          && p.statusAt(now) == ProposalStatus.OPEN) {
        return Rejections.wrongState(
            "contribution "
                + f.number()
                + " of session "
                + f.sessionId()
                + " is under the group's review (proposal "
                + p.id()
                + "); it takes no flags until that is decided",
            ProposalStatus.OPEN);
      }
    }
    return null;
  }

  /** Carries out an adopted group review: records the review if the hold is still pending. */
  static void consequences(Stamp stamp, HoldReview h, ProposalId decidedBy) {
    if (holdOf(stamp.state, h.sessionId(), h.number()) != HoldStatus.HELD) {
      return; // reviewed meanwhile: a hold is reviewed once
    }
    stamp.events.add(
        ImmutableHoldReviewed.builder()
            .from(stamp.next())
            .sessionId(h.sessionId())
            .number(h.number())
            .kept(h.keep())
            .reason(h.reason())
            .decidedBy(decidedBy)
            .build());
  }

  /** Checks a review the group decided: it carries out an adopted review of this very hold. */
  static void check(FoldBuffer s, HoldReviewed r, ProposalId by) {
    EventChecks.decision(s, r, by);
    Proposal p = s.pastProposalsView().get(by);
    if (p == null
        || !(p.content() instanceof HoldReview h)
        || !h.sessionId().equals(r.sessionId())
        || h.number() != r.number()
        || h.keep() != r.kept()
        || !h.reason().equals(r.reason())) {
      throw EventChecks.fail(
          "it records a review of contribution "
              + r.number()
              + " of "
              + r.sessionId()
              + " that proposal "
              + by
              + " did not decide");
    }
  }
}
