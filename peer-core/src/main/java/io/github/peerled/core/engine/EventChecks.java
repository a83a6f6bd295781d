package io.github.peerled.core.engine;

import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.LeadershipChange;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.FacilitationVolunteered;
import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.FoundingDraftRevised;
import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.GroupFounded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.event.RoleAssigned;
import io.github.peerled.core.event.RoleRevoked;
import io.github.peerled.core.event.ScheduledVersionCancelled;
import io.github.peerled.core.event.SessionClosed;
import io.github.peerled.core.event.SessionScheduled;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.event.StandingChanged;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.internal.ClosingRules;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks that an event fits the state it is about to be folded into: whoever it names (its actor,
 * and the members it is about) is a member able to do it at that point, and whatever it refers to
 * (a proposal, a session, a guideline version or clause) the log created. The engine decides only
 * events that pass, so these checks refuse only forged or damaged logs, which would otherwise
 * replay silently into a state no sequence of commands can produce. They check what has held since
 * the first release (membership, standing, founders, proposers, the frozen electorate, references),
 * never rules that a later release may change, so that no log the engine ever wrote is refused.
 *
 * <p>The fold checks the frequent events (contributions, stances, attendance) against the session
 * or proposal it has just looked up; every other event is checked by {@link #check} first. Each
 * check is a map or set lookup, or a scan of the few draft and open proposals or active sessions; a
 * failed check throws {@link IllegalStateException} with the reason, before anything changes.
 *
 * <p>A poll's events are checked in {@link PollEventChecks}, with the member checks and the failure
 * of this class.
 */
final class EventChecks {
  private EventChecks() {}

  /** What someone must be to do something. */
  enum Need {
    /** Joined, and not left. */
    MEMBER,
    /** Joined, not left, and a peer: a founding member, member or newcomer. */
    PEER
  }

  /**
   * Checks a contribution against the session the fold has looked up.
   *
   * @throws IllegalStateException if it does not fit; the message says why
   */
  static void contribution(FoldBuffer s, ContributionRecorded c, Session session) {
    MemberId actor = c.actor();
    member(s, actor, Need.MEMBER, "contribute");
    CareEventChecks.notPaused(s, actor, c.at(), "contribute");
    started(session);
    if (!c.contribution().author().equals(actor)) {
      throw fail("a contribution by " + actor + " names " + c.contribution().author());
    }
  }

  /**
   * Checks a stance against the proposal the fold has looked up, and its electorate as a set.
   *
   * @throws IllegalStateException if it does not fit; the message says why
   */
  static void stance(FoldBuffer s, StanceTaken t, Proposal p, Set<MemberId> electorate) {
    MemberId actor = t.actor();
    member(s, actor, Need.PEER, "take a stance that counts");
    CareEventChecks.notPaused(s, actor, t.at(), "take a stance");
    opened(p);
    if (!electorate.contains(actor)) {
      throw fail(actor + " is not in the electorate of proposal " + p.id());
    }
    Optional<DecisionProcedure> procedure = p.procedure();
    if (procedure.isPresent() && !ClosingRules.allows(procedure.get(), t.kind())) {
      throw fail("a plain disagree on proposal " + p.id() + " under " + procedure.get().method());
    }
  }

  /**
   * Checks an attendance against the session the fold has looked up.
   *
   * @throws IllegalStateException if it does not fit; the message says why
   */
  static void attendance(FoldBuffer s, AttendanceRecorded a, Session session) {
    member(s, a.actor(), Need.MEMBER, "record attendance");
    started(session);
    member(s, a.member(), Need.MEMBER, "be present");
  }

  /**
   * Checks any other event against the state folded so far.
   *
   * @throws IllegalStateException if it does not fit; the message says why
   */
  static void check(FoldBuffer s, GroupEvent e) {
    if (e instanceof ProposalCommented c) {
      actor(s, e, Need.MEMBER, "comment on a proposal");
      s.draftOrOpen(c.proposalId());
    } else if (e instanceof ProposalDrafted d) {
      actor(s, e, Need.PEER, "propose a binding change");
      content(s, d.proposalId(), d.content());
      if (d.seededBy().isPresent()
          && PollEventChecks.poll(s, d.seededBy().get()).closedAt().isEmpty()) {
        throw fail("proposal " + d.proposalId() + " is seeded by a poll still open");
      }
    } else if (e instanceof ProposalOpened o) {
      actor(s, e, Need.PEER, "open a proposal");
      Proposal p = proposedBy(s, o.proposalId(), e.actor(), "open");
      if (p.openedAt().isPresent()) {
        throw fail("proposal " + p.id() + " was opened already");
      }
      for (MemberId m : o.electorate()) {
        member(s, m, Need.PEER, "take a stance");
      }
    } else if (e instanceof ProposalDecided d) {
      actor(s, e, Need.PEER, "close a decision");
      opened(s.draftOrOpen(d.proposalId()));
    } else if (e instanceof ProposalWithdrawn w) {
      actor(s, e, Need.PEER, "withdraw a proposal");
      proposedBy(s, w.proposalId(), e.actor(), "withdraw");
    } else if (e instanceof ProposalClosingSoon cs) {
      actor(s, e, Need.PEER, "check the group's deadlines");
      Proposal p = opened(s.draftOrOpen(cs.proposalId()));
      if (p.closingSoonNoticedAt().isPresent()) {
        throw fail("proposal " + p.id() + " was announced as closing soon already");
      }
    } else if (e instanceof ProposalExpired x) {
      actor(s, e, Need.PEER, "check the group's deadlines");
      Proposal p = opened(s.draftOrOpen(x.proposalId()));
      Instant deadline = p.expiresAt().orElseThrow();
      if (e.at().isBefore(deadline)) {
        throw fail("proposal " + p.id() + " expires at " + deadline + ", not at " + e.at());
      }
    } else if (e instanceof ContributionTextExpired x) {
      textExpired(s, x);
    } else if (e instanceof ReviewDue r) {
      actor(s, e, Need.PEER, "check the group's deadlines");
      if (!s.folded().pendingReviews().contains(r.review())) {
        throw fail(
            "it announces a review the group did not set or announced already: " + r.review());
      }
      if (e.at().isBefore(r.review().dueAt())) {
        throw fail("a review due at " + r.review().dueAt() + " is announced at " + e.at());
      }
    } else if (e instanceof SessionScheduled) {
      actor(s, e, Need.PEER, "schedule a session");
    } else if (e instanceof FacilitationVolunteered v) {
      actor(s, e, Need.PEER, "facilitate");
      if (s.scheduledOrOpen(v.sessionId()).startedAt().isPresent()) {
        throw fail("session " + v.sessionId() + " has started already");
      }
    } else if (e instanceof SessionStarted st) {
      sessionStarted(s, st);
    } else if (e instanceof FacilitatorHandedOver h) {
      actor(s, e, Need.PEER, "hand over facilitation");
      started(s.scheduledOrOpen(h.sessionId()));
      member(s, h.to(), Need.PEER, "facilitate");
      h.previous().ifPresent(m -> joined(s, m));
      h.coFacilitator().ifPresent(m -> joined(s, m)); // a co-facilitator may have left since
    } else if (e instanceof SessionClosed c) {
      actor(s, e, Need.PEER, "close a session");
      started(s.scheduledOrOpen(c.sessionId()));
    } else if (e instanceof ProposalRevised r) {
      actor(s, e, Need.PEER, "revise a proposal");
      content(s, r.proposalId(), r.content());
    } else if (e instanceof ObjectionIntegrated || e instanceof ObjectionWithdrawn) {
      actor(s, e, Need.PEER, "resolve an objection");
    } else if (e instanceof DeadlineExtended) {
      actor(s, e, Need.PEER, "take a stance that counts");
    } else if (e instanceof GuidelineVersionScheduled g) {
      decision(s, e, g.version().adoptedBy().orElseThrow(() -> fail("it names no proposal")));
    } else if (e instanceof ScheduledVersionCancelled c) {
      decision(s, e, c.decidedBy());
    } else if (e instanceof PollOpened || e instanceof PollAnswered || e instanceof PollClosed) {
      PollEventChecks.check(s, e);
    } else if (SelectionEventChecks.covers(e)) {
      SelectionEventChecks.check(s, e);
    } else if (ProxyFolds.covers(e)) {
      ProxyFolds.check(s, e);
    } else if (ActionItemFolds.covers(e)) {
      ActionItemFolds.check(s, e);
    } else if (CareEventChecks.covers(e)) {
      CareEventChecks.check(s, e);
    } else {
      checkGroupEvent(s, e);
    }
  }

  /** The rarer events: membership, founding and the consequences of decisions. */
  private static void checkGroupEvent(FoldBuffer s, GroupEvent e) {
    if (e instanceof MemberJoined j) {
      if (s.memberOrNull(j.member()) != null) {
        throw fail(j.member() + " joined the group already");
      }
      if (!j.member().equals(e.actor())) {
        throw fail(e.actor() + " cannot join the group for " + j.member());
      }
      guidelineVersion(s, j.acknowledgedVersion());
    } else if (e instanceof MemberLeft l) {
      if (l.removedBy().isPresent()) {
        decision(s, e, l.removedBy().get());
      } else if (!l.member().equals(e.actor())) {
        throw fail(e.actor() + " cannot remove " + l.member() + " without a decision");
      }
      member(s, l.member(), Need.MEMBER, "leave the group");
    } else if (e instanceof MemberForgotten f) {
      if (!f.member().equals(e.actor())) {
        throw fail(e.actor() + " cannot ask for " + f.member() + " to be forgotten");
      }
      Member m = s.memberOrNull(f.member());
      if (m == null) {
        throw fail(f.member() + " never joined the group");
      }
      if (m.forgottenAt().isPresent()) {
        throw fail(f.member() + " has been forgotten already");
      }
    } else if (e instanceof StandingChanged sc) {
      decision(s, e, sc.decidedBy());
      member(s, sc.member(), Need.MEMBER, "change standing");
    } else if (e instanceof RoleAssigned ra) {
      decision(s, e, ra.decidedBy());
      member(s, ra.member(), Need.PEER, "take a role");
    } else if (e instanceof RoleRevoked rr) {
      decision(s, e, rr.decidedBy());
      member(s, rr.member(), Need.MEMBER, "give up a role");
    } else if (e instanceof GuidelineVersionAdopted g) {
      Optional<ProposalId> by = g.version().adoptedBy();
      if (by.isPresent()) {
        decision(s, e, by.get());
      } else if (g.version().number() == 1) {
        founder(s, e, "adopt the founding guidelines");
      } else {
        throw fail("guideline version " + g.version().number() + " names no proposal adopting it");
      }
    } else if (e instanceof MeetingPlanChanged mp) {
      decision(s, e, mp.decidedBy());
    } else if (e instanceof GovernanceSettingsChanged gs) {
      decision(s, e, gs.decidedBy());
    } else if (e instanceof FoundingGuidelinesEndorsed fe) {
      founder(s, e, "endorse the founding guidelines");
      int revision = s.folded().foundingDraftRevision();
      if (fe.revision() != revision) {
        throw fail(
            "revision "
                + fe.revision()
                + " of the founding draft is endorsed, but the draft is at revision "
                + revision);
      }
    } else if (e instanceof FoundingDraftRevised) {
      founder(s, e, "revise the founding draft");
    } else if (e instanceof GroupFounded f) {
      if (s.folded().isFounded()) {
        throw fail("the group was founded already");
      }
      boolean founder = false;
      for (FoundingMember m : f.founders()) {
        founder |= m.id().equals(e.actor());
      }
      if (!founder) {
        throw fail(e.actor() + " cannot found the group: they are not among its founders");
      }
    }
    // an event type the fold does not know is refused by the fold
  }

  /**
   * Checks an expiry of contribution text: under the retention in force, of closed sessions that
   * still held text, each closed by the cut-off, and the cut-off a whole period before the event.
   */
  private static void textExpired(FoldBuffer s, ContributionTextExpired x) {
    actor(s, x, Need.PEER, "check the group's deadlines");
    Optional<Duration> inForce = s.folded().governance().contributionRetention();
    if (inForce.isEmpty() || !inForce.get().equals(x.retention())) {
      throw fail(
          "it expires contribution text under a retention of "
              + x.retention()
              + ", but the group's setting is "
              + inForce.map(Duration::toString).orElse("to keep it"));
    }
    if (x.cutOff().plus(x.retention()).isAfter(x.at())) {
      throw fail(
          "its cut-off " + x.cutOff() + " lies less than " + x.retention() + " before " + x.at());
    }
    if (x.sessions().isEmpty()) {
      throw fail("it names no session");
    }
    Map<SessionId, Session> past = s.pastSessionsView();
    for (SessionId id : x.sessions()) {
      Session session = past.get(id);
      if (session == null) {
        throw fail("session " + id + " is not a closed session of the group");
      }
      if (session.textExpiredAt().isPresent()) {
        throw fail("the text of session " + id + " expired already");
      }
      if (session.closedAt().orElseThrow().isAfter(x.cutOff())) {
        throw fail("session " + id + " closed after the cut-off " + x.cutOff());
      }
    }
  }

  private static void sessionStarted(FoldBuffer s, SessionStarted st) {
    actor(s, st, Need.PEER, "start a session");
    if (s.scheduledOrOpen(st.sessionId()).startedAt().isPresent()) {
      throw fail("session " + st.sessionId() + " has started already");
    }
    guidelineVersion(s, st.guidelineVersion());
    member(s, st.facilitator(), Need.PEER, "facilitate");
    if (st.coFacilitator().isPresent()) {
      member(s, st.coFacilitator().get(), Need.PEER, "co-facilitate");
    }
    for (MemberId m : st.attendees()) {
      member(s, m, Need.MEMBER, "be present");
    }
  }

  /**
   * Checks what a drafted proposal is about: its members, and its guideline version and clauses.
   */
  private static void content(FoldBuffer s, ProposalId id, ProposalContent content) {
    if (content instanceof GuidelineAmendment a) {
      List<Clause> clauses = guidelineVersion(s, a.baseVersion()).clauses();
      try {
        for (GuidelineChange change : a.changes()) {
          clauses = change.applyTo(clauses);
        }
      } catch (IllegalArgumentException ex) {
        throw fail(
            "proposal "
                + id
                + " does not fit guideline version "
                + a.baseVersion()
                + ": "
                + ex.getMessage(),
            ex);
      }
    } else if (content instanceof MembershipChange m) {
      member(s, m.member(), Need.MEMBER, "be decided about");
    } else if (content instanceof LeadershipChange l) {
      for (MemberId m : l.mentorsToAdd()) {
        member(s, m, Need.PEER, "become a mentor");
      }
      for (MemberId m : l.mentorsToRemove()) {
        joined(s, m);
      }
    }
  }

  // ---- members ----

  static void actor(FoldBuffer s, GroupEvent e, Need need, String what) {
    member(s, e.actor(), need, what);
  }

  /** Checks that someone is a member able to do something now, and returns them. */
  static Member member(FoldBuffer s, MemberId id, Need need, String what) {
    Member m = s.memberOrNull(id);
    if (m == null) {
      throw fail(id + " cannot " + what + ": they never joined the group");
    }
    Optional<java.time.Instant> left = m.leftAt();
    if (left.isPresent()) {
      throw fail(id + " cannot " + what + ": they left the group at " + left.get());
    }
    if (need == Need.PEER && !m.standing().isPeer()) {
      String standing = m.standing().name().toLowerCase(Locale.ROOT);
      throw fail(
          id
              + " cannot "
              + what
              + ": they are "
              + (standing.startsWith("a") ? "an " : "a ")
              + standing
              + ", not a peer");
    }
    return m;
  }

  /** Checks that someone joined the group at some point (they may have left since). */
  private static void joined(FoldBuffer s, MemberId id) {
    if (s.memberOrNull(id) == null) {
      throw fail("it names " + id + ", who never joined the group");
    }
  }

  private static void founder(FoldBuffer s, GroupEvent e, String what) {
    member(s, e.actor(), Need.PEER, what);
    if (!s.folded().founders().contains(e.actor())) {
      throw fail(e.actor() + " cannot " + what + ": they are not a founding member");
    }
  }

  /**
   * Checks the consequence of a decision: carried out by a peer, for a proposal the log adopted.
   */
  static void decision(FoldBuffer s, GroupEvent e, ProposalId by) {
    actor(s, e, Need.PEER, "carry out a decision");
    if (!s.isAdopted(by)) {
      throw fail("it carries out proposal " + by + ", which the log never adopted");
    }
  }

  // ---- proposals, sessions, guidelines ----

  private static Proposal opened(Proposal p) {
    if (p.openedAt().isEmpty()) {
      throw fail("proposal " + p.id() + " was never opened");
    }
    return p;
  }

  private static Proposal proposedBy(FoldBuffer s, ProposalId id, MemberId actor, String what) {
    Proposal p = s.draftOrOpen(id);
    if (!p.proposer().equals(actor)) {
      throw fail("only the proposer of " + id + ", " + p.proposer() + ", may " + what + " it");
    }
    return p;
  }

  private static Session started(Session session) {
    if (session.startedAt().isEmpty()) {
      throw fail("session " + session.id() + " has not started");
    }
    return session;
  }

  private static GuidelineVersion guidelineVersion(FoldBuffer s, int number) {
    Optional<GuidelineVersion> v = s.folded().guidelines().version(number);
    if (v.isEmpty()) {
      throw fail("it refers to guideline version " + number + ", which the log never adopted");
    }
    return v.get();
  }

  static IllegalStateException fail(String reason) {
    return new IllegalStateException(reason);
  }

  private static IllegalStateException fail(String reason, @Nullable Throwable cause) {
    return new IllegalStateException(reason, cause);
  }
}
