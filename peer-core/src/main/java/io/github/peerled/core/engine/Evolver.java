package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.Proposal;
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
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.ImmutableMember;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.leadership.ImmutableLeadershipState;
import io.github.peerled.core.leadership.LeadershipState;
import io.github.peerled.core.session.ImmutableSession;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds events into a group's state, one small method per event, below in the order of a group's
 * life: founding, membership, proposals, sessions; the folds of a proposal's life and its deadlines
 * are in {@link ProposalFolds}, those of a poll in {@link PollFolds} and those of guideline
 * versions in {@link GuidelineFolds}, the way {@link Decider} delegates to its {@code *Decisions}.
 * The speed comes from {@link FoldBuffer}, which the fold changes in place and which publishes an
 * immutable state on demand. Every event is checked first ({@link EventChecks}: its actor and the
 * members it is about are members able to do it, and what it refers to exists), and every fold
 * method looks up everything it needs before it changes anything, so an event that does not fit
 * throws {@link IllegalStateException} and changes nothing.
 *
 * <p>Not thread-safe: confined to the thread that folds.
 */
final class Evolver {
  private final FoldBuffer buffer;

  Evolver(GroupState start) {
    this.buffer = new FoldBuffer(start);
  }

  /** Folds one event into a copy of a state. */
  static GroupState evolve(GroupState state, GroupEvent event) {
    Evolver evolver = new Evolver(state);
    evolver.apply(event);
    return evolver.state();
  }

  /** The sequence number of the latest event folded in. */
  long version() {
    return buffer.version();
  }

  GroupId groupId() {
    return buffer.groupId();
  }

  /** Publishes the state with every event folded in so far; the evolver may go on folding. */
  GroupState state() {
    return buffer.state();
  }

  /**
   * Folds one event in, checked first ({@link EventChecks}).
   *
   * @throws IllegalStateException if the event does not fit the state folded so far; nothing
   *     changes
   * @throws IllegalArgumentException for an event type the fold does not know
   */
  void apply(GroupEvent event) {
    fold(event);
    buffer.advance(event.sequence(), event.at());
  }

  /**
   * Dispatches an event to its fold method, the frequent events first. These are checked against
   * the proposal or session their fold looks up; the others are checked before they are folded.
   */
  private void fold(GroupEvent event) {
    if (event instanceof ContributionRecorded c) {
      contributionRecorded(c);
    } else if (event instanceof StanceTaken t) {
      ProposalFolds.stanceTaken(buffer, t);
    } else if (event instanceof AttendanceRecorded a) {
      attendanceRecorded(a);
    } else {
      EventChecks.check(buffer, event);
      foldChecked(event);
    }
  }

  /** Dispatches an event already checked, roughly by how often it occurs. */
  private void foldChecked(GroupEvent event) {
    if (event instanceof ProposalCommented c) {
      ProposalFolds.proposalCommented(buffer, c);
    } else if (event instanceof ProposalDrafted d) {
      ProposalFolds.proposalDrafted(buffer, d);
    } else if (event instanceof ProposalOpened o) {
      ProposalFolds.proposalOpened(buffer, o);
    } else if (event instanceof ProposalDecided d) {
      ProposalFolds.proposalDecided(buffer, d);
    } else if (event instanceof ProposalWithdrawn w) {
      ProposalFolds.proposalWithdrawn(buffer, w);
    } else if (event instanceof ProposalClosingSoon cs) {
      ProposalFolds.proposalClosingSoon(buffer, cs);
    } else if (event instanceof ProposalExpired x) {
      ProposalFolds.proposalExpired(buffer, x);
    } else if (event instanceof ReviewDue r) {
      ProposalFolds.reviewDue(buffer, r);
    } else if (event instanceof SessionScheduled ss) {
      sessionScheduled(ss);
    } else if (event instanceof FacilitationVolunteered v) {
      facilitationVolunteered(v);
    } else if (event instanceof SessionStarted st) {
      sessionStarted(st);
    } else if (event instanceof FacilitatorHandedOver h) {
      facilitatorHandedOver(h);
    } else if (event instanceof SessionClosed c) {
      sessionClosed(c);
    } else if (event instanceof MemberJoined j) {
      memberJoined(j);
    } else if (event instanceof MemberLeft l) {
      memberLeft(l);
    } else if (event instanceof MemberForgotten f) {
      memberForgotten(f);
    } else if (event instanceof ContributionTextExpired x) {
      contributionTextExpired(x);
    } else if (event instanceof StandingChanged sc) {
      standingChanged(sc);
    } else if (event instanceof RoleAssigned ra) {
      roleAssigned(ra);
    } else if (event instanceof RoleRevoked rr) {
      roleRevoked(rr);
    } else if (event instanceof GuidelineVersionAdopted g) {
      GuidelineFolds.guidelineVersionAdopted(buffer, g);
    } else if (event instanceof MeetingPlanChanged mp) {
      meetingPlanChanged(mp);
    } else if (event instanceof GovernanceSettingsChanged gs) {
      governanceSettingsChanged(gs);
    } else if (event instanceof FoundingGuidelinesEndorsed fe) {
      foundingGuidelinesEndorsed(fe);
    } else if (event instanceof FoundingDraftRevised r) {
      foundingDraftRevised(r);
    } else if (event instanceof GroupFounded f) {
      groupFounded(f);
    } else if (event instanceof ProposalRevised r) {
      ProposalFolds.proposalRevised(buffer, r);
    } else if (event instanceof ObjectionIntegrated oi) {
      ProposalFolds.objectionIntegrated(buffer, oi);
    } else if (event instanceof ObjectionWithdrawn ow) {
      ProposalFolds.objectionWithdrawn(buffer, ow);
    } else if (event instanceof DeadlineExtended x) {
      ProposalFolds.deadlineExtended(buffer, x);
    } else if (event instanceof GuidelineVersionScheduled gs) {
      GuidelineFolds.guidelineVersionScheduled(buffer, gs);
    } else if (event instanceof ScheduledVersionCancelled sc) {
      GuidelineFolds.scheduledVersionCancelled(buffer, sc);
    } else if (event instanceof PollOpened po) {
      PollFolds.pollOpened(buffer, po);
    } else if (event instanceof PollAnswered pa) {
      PollFolds.pollAnswered(buffer, pa);
    } else if (event instanceof PollClosed pc) {
      PollFolds.pollClosed(buffer, pc);
    } else if (!(SelectionFolds.fold(buffer, event)
        || ProxyFolds.fold(buffer, event)
        || ActionItemFolds.fold(buffer, event)
        || CareFolds.fold(buffer, event))) {
      throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }
  }

  // ---- founding ----

  private void groupFounded(GroupFounded f) {
    Map<MemberId, Member> founding = new LinkedHashMap<>();
    List<MemberId> founders = new ArrayList<>();
    for (FoundingMember fm : f.founders()) {
      founders.add(fm.id());
      founding.put(
          fm.id(),
          ImmutableMember.builder()
              .id(fm.id())
              .displayName(fm.displayName())
              .standing(Standing.FOUNDING_MEMBER)
              .joinedAt(f.at())
              .acknowledgedVersion(0)
              .build());
    }
    buffer.foundingMembers(founding);
    buffer.publish(
        buffer
            .published()
            .withProfile(f.profile())
            .withGovernance(f.governance())
            .withFounders(founders)
            .withFoundingDraft(f.draft())
            .withFoundingDraftRevision(1));
  }

  private void foundingDraftRevised(FoundingDraftRevised r) {
    buffer.publish(
        buffer
            .published()
            .withFoundingDraft(r.draft())
            .withFoundingDraftRevision(r.revision())
            .withFoundingEndorsements(Set.of()));
  }

  private void foundingGuidelinesEndorsed(FoundingGuidelinesEndorsed fe) {
    ImmutableGroupState s = buffer.published();
    Set<MemberId> endorsed = new LinkedHashSet<>(s.foundingEndorsements());
    endorsed.add(fe.actor());
    buffer.publish(s.withFoundingEndorsements(endorsed));
  }

  // ---- membership ----

  private void memberJoined(MemberJoined j) {
    buffer
        .members()
        .put(
            j.member(),
            ImmutableMember.builder()
                .id(j.member())
                .displayName(j.displayName())
                .standing(j.standing())
                .affiliation(j.affiliation())
                .joinedAt(j.at())
                .acknowledgedVersion(j.acknowledgedVersion())
                .build());
  }

  private void memberLeft(MemberLeft l) {
    Member m = buffer.member(l.member());
    buffer
        .members()
        .put(
            m.id(),
            ImmutableMember.copyOf(m)
                .withLeftAt(l.at())
                .withDisplayName(Optional.empty())
                .withRoles(EnumSet.noneOf(Role.class)));
    ProxyFolds.memberGone(buffer, l.member());
    ActionItemFolds.memberGone(buffer, l.member(), l.at());
  }

  /**
   * The member leaves (if still in) and their words in the proposals are replaced: comment texts
   * and stance reasons. Stances, votes and tallies stay as they are.
   */
  private void memberForgotten(MemberForgotten f) {
    Member m = buffer.member(f.member());
    buffer
        .members()
        .put(
            m.id(),
            ImmutableMember.copyOf(m)
                .withLeftAt(m.leftAt().orElse(f.at()))
                .withForgottenAt(f.at())
                .withDisplayName(Optional.empty())
                .withRoles(EnumSet.noneOf(Role.class)));
    for (FoldBuffer.ProposalSlot slot : buffer.proposals()) {
      slot.proposal = Forgetting.redact(slot.current(), f.member());
    }
    Map<ProposalId, Proposal> past = buffer.pastProposals();
    past.replaceAll((id, p) -> Forgetting.redact(p, f.member()));
    ProxyFolds.memberGone(buffer, f.member());
    ActionItemFolds.memberGone(buffer, f.member(), f.at());
  }

  private void standingChanged(StandingChanged sc) {
    Member m = buffer.member(sc.member());
    buffer.members().put(m.id(), ImmutableMember.copyOf(m).withStanding(sc.standing()));
  }

  private void roleAssigned(RoleAssigned ra) {
    setRole(ra.member(), ra.role(), true);
  }

  private void roleRevoked(RoleRevoked rr) {
    setRole(rr.member(), rr.role(), false);
  }

  private void setRole(MemberId member, Role role, boolean held) {
    Member m = buffer.member(member);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(m.roles());
    if (held) {
      roles.add(role);
    } else {
      roles.remove(role);
    }
    buffer.members().put(m.id(), ImmutableMember.copyOf(m).withRoles(roles));
  }

  // ---- profile (the folds of a proposal's life and its deadlines are in ProposalFolds) ----

  private void meetingPlanChanged(MeetingPlanChanged mp) {
    ImmutableGroupState s = buffer.published();
    buffer.publish(
        s.withProfile(
            ImmutableGroupProfile.copyOf(s.profile().orElseThrow(Evolver::notFounded))
                .withMeeting(mp.meeting())));
  }

  private void governanceSettingsChanged(GovernanceSettingsChanged gs) {
    buffer.publish(
        buffer.published().withGovernance(ImmutableGovernanceSettings.copyOf(gs.settings())));
  }

  private static IllegalStateException notFounded() {
    return new IllegalStateException("the group has not been founded");
  }

  // ---- sessions ----

  private void sessionScheduled(SessionScheduled ss) {
    List<FoldBuffer.SessionSlot> list = buffer.sessions();
    for (FoldBuffer.SessionSlot slot : list) {
      if (slot.session.id().equals(ss.sessionId())) {
        throw new IllegalStateException("session " + ss.sessionId() + " exists already");
      }
    }
    if (buffer.pastSessionsView().containsKey(ss.sessionId())) {
      throw new IllegalStateException("session " + ss.sessionId() + " exists already (closed)");
    }
    list.add(
        new FoldBuffer.SessionSlot(
            ImmutableSession.builder()
                .id(ss.sessionId())
                .scheduledFor(ss.scheduledFor())
                .format(ss.format())
                .place(ss.place())
                .guidelineVersion(0)
                .contributions(0)
                .build()));
  }

  private void facilitationVolunteered(FacilitationVolunteered v) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(v.sessionId());
    Session session = slot.current();
    List<MemberId> volunteers = new ArrayList<>(session.volunteers());
    volunteers.add(v.actor());
    slot.session = ImmutableSession.copyOf(session).withVolunteers(volunteers);
  }

  private void sessionStarted(SessionStarted st) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(st.sessionId());
    Session started =
        ImmutableSession.copyOf(slot.current())
            .withStartedAt(st.at())
            .withFacilitator(st.facilitator())
            .withCoFacilitator(st.coFacilitator())
            .withGuidelineVersion(st.guidelineVersion())
            .withAttendees(st.attendees());
    ImmutableGroupState s = buffer.published();
    LeadershipState l = s.leadership();
    long ordinal = l.sessionsStarted() + 1;
    Map<MemberId, Long> lastTurn = new LinkedHashMap<>(l.lastTurn());
    lastTurn.put(st.facilitator(), ordinal);
    st.coFacilitator().ifPresent(co -> lastTurn.put(co, ordinal));
    boolean same = l.lastFacilitator().map(st.facilitator()::equals).orElse(false);
    slot.session = started;
    buffer.publish(
        s.withLeadership(
            ImmutableLeadershipState.builder()
                .sessionsStarted(ordinal)
                .lastFacilitator(st.facilitator())
                .streak(same ? l.streak() + 1 : 1)
                .lastTurn(lastTurn)
                .build()));
  }

  private void facilitatorHandedOver(FacilitatorHandedOver h) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(h.sessionId());
    slot.session =
        ImmutableSession.copyOf(slot.current())
            .withFacilitator(h.to())
            .withCoFacilitator(h.coFacilitator());
  }

  private void attendanceRecorded(AttendanceRecorded a) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(a.sessionId());
    EventChecks.attendance(buffer, a, slot.session);
    Session session = slot.current();
    Set<MemberId> attendees = new LinkedHashSet<>(session.attendees());
    attendees.add(a.member());
    slot.session = ImmutableSession.copyOf(session).withAttendees(attendees);
  }

  private void contributionRecorded(ContributionRecorded c) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(c.contribution().sessionId());
    EventChecks.contribution(buffer, c, slot.session);
    slot.added++;
  }

  /** The sessions named are marked: their contribution text expired (it is not in the state). */
  private void contributionTextExpired(ContributionTextExpired x) {
    Map<SessionId, Session> past = buffer.pastSessions();
    for (SessionId id : x.sessions()) {
      Session session = past.get(id);
      if (session != null) {
        past.put(id, ImmutableSession.copyOf(session).withTextExpiredAt(x.at()));
      }
    }
  }

  private void sessionClosed(SessionClosed c) {
    FoldBuffer.SessionSlot slot = buffer.activeSession(c.sessionId());
    Session closed = ImmutableSession.copyOf(slot.current()).withClosedAt(c.at());
    Map<SessionId, Session> past = buffer.pastSessions();
    buffer.sessions().remove(slot);
    past.put(closed.id(), closed);
  }
}
