package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutableComment;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.ImmutableStance;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.FacilitationVolunteered;
import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.FoundingDraftRevised;
import io.github.peerled.core.event.FoundingGuidelinesEndorsed;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.GroupFounded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.RoleAssigned;
import io.github.peerled.core.event.RoleRevoked;
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
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Folds events into a group's state. An instance holds a state under construction: the first event
 * that changes one of the state's collections copies it into a buffer the evolver owns, and later
 * events change that buffer in place; {@link #state()} publishes an immutable state. So folding one
 * event costs one copy-on-write update, and folding a long log copies the buffered collections
 * (members, proposals with their stances, sessions, past proposals and sessions) once, not once per
 * event; the rarer changes inside a proposal or session (comments, attendees, volunteers) still
 * copy that one item. Every event is checked first ({@link EventChecks}: its actor and the members
 * it is about are members able to do it, and what it refers to exists), and every event handler
 * looks up everything it needs before it changes anything, so an event that does not fit throws
 * {@link IllegalStateException} and changes nothing.
 *
 * <p>Not thread-safe: confined to the thread that folds.
 */
final class Evolver {
  /** The state as of the last {@link #state()}, with the rare changes made since applied. */
  private ImmutableGroupState published;

  private long sequence;
  private @Nullable Instant at;
  private @Nullable Map<MemberId, Member> members;
  private @Nullable List<ProposalSlot> proposals;
  private @Nullable Map<ProposalId, Proposal> pastProposals;
  private @Nullable List<SessionSlot> sessions;
  private @Nullable Map<SessionId, Session> pastSessions;

  Evolver(GroupState start) {
    this.published = ImmutableGroupState.copyOf(start);
    this.sequence = start.version();
  }

  /** Folds one event into a copy of a state. */
  static GroupState evolve(GroupState state, GroupEvent event) {
    Evolver evolver = new Evolver(state);
    evolver.apply(event);
    return evolver.state();
  }

  /** The sequence number of the latest event folded in. */
  long version() {
    return sequence;
  }

  GroupId groupId() {
    return published.groupId();
  }

  /** Publishes the state with every event folded in so far; the evolver may go on folding. */
  GroupState state() {
    ImmutableGroupState s = published;
    Instant time = at;
    if (time != null) {
      s = s.withHead(new LogHead(sequence, time));
      at = null;
    }
    if (members != null) {
      s = s.withMembers(members);
      members = null;
    }
    if (proposals != null) {
      List<Proposal> list = new ArrayList<>(proposals.size());
      for (ProposalSlot slot : proposals) {
        list.add(slot.current());
      }
      s = s.withActiveProposals(list);
      proposals = null;
    }
    if (pastProposals != null) {
      s = s.withPastProposals(pastProposals);
      pastProposals = null;
    }
    if (sessions != null) {
      List<Session> list = new ArrayList<>(sessions.size());
      for (SessionSlot slot : sessions) {
        list.add(slot.current());
      }
      s = s.withActiveSessions(list);
      sessions = null;
    }
    if (pastSessions != null) {
      s = s.withPastSessions(pastSessions);
      pastSessions = null;
    }
    published = s;
    return s;
  }

  /**
   * Folds one event in, checked first ({@link EventChecks}).
   *
   * @throws IllegalStateException if the event does not fit the state folded so far; nothing
   *     changes
   */
  void apply(GroupEvent event) {
    fold(event);
    sequence = event.sequence();
    at = event.at();
  }

  /** Folds the frequent events, checked against what they change; the others are checked first. */
  private void fold(GroupEvent event) {
    if (event instanceof ContributionRecorded c) {
      SessionSlot slot = activeSession(c.contribution().sessionId());
      EventChecks.contribution(this, c, slot.session);
      slot.added++;
    } else if (event instanceof StanceTaken t) {
      ProposalSlot slot = activeProposal(t.proposalId());
      EventChecks.stance(this, t, slot.proposal, slot.voters());
      Stance stance =
          ImmutableStance.builder()
              .member(t.actor())
              .kind(t.kind())
              .reason(t.reason())
              .at(t.at())
              .build();
      slot.putStance(stance);
    } else if (event instanceof AttendanceRecorded a) {
      SessionSlot slot = activeSession(a.sessionId());
      EventChecks.attendance(this, a, slot.session);
      Session session = slot.current();
      Set<MemberId> attendees = new LinkedHashSet<>(session.attendees());
      attendees.add(a.member());
      slot.session = ImmutableSession.copyOf(session).withAttendees(attendees);
    } else {
      EventChecks.check(this, event);
      foldOther(event);
    }
  }

  private void foldOther(GroupEvent event) {
    if (event instanceof ProposalCommented c) {
      ProposalSlot slot = activeProposal(c.proposalId());
      slot.proposal =
          ImmutableProposal.builder()
              .from(slot.current())
              .addComment(
                  ImmutableComment.builder()
                      .author(c.actor())
                      .text(c.text())
                      .recommendation(c.recommendation())
                      .at(c.at())
                      .build())
              .build();
    } else if (event instanceof ProposalDrafted d) {
      List<ProposalSlot> list = proposals();
      for (ProposalSlot slot : list) {
        if (slot.proposal.id().equals(d.proposalId())) {
          throw new IllegalStateException("proposal " + d.proposalId() + " exists already");
        }
      }
      if (pastProposalsView().containsKey(d.proposalId())) {
        throw new IllegalStateException("proposal " + d.proposalId() + " exists already (closed)");
      }
      list.add(
          new ProposalSlot(
              ImmutableProposal.builder()
                  .id(d.proposalId())
                  .title(d.title())
                  .rationale(d.rationale())
                  .proposer(d.actor())
                  .content(d.content())
                  .draftedAt(d.at())
                  .build()));
    } else if (event instanceof ProposalOpened o) {
      ProposalSlot slot = activeProposal(o.proposalId());
      slot.proposal =
          ImmutableProposal.copyOf(slot.proposal)
              .withOpenedAt(o.at())
              .withElectorate(o.electorate())
              .withProcedure(o.procedure());
      slot.voters = null;
    } else if (event instanceof ProposalDecided d) {
      ProposalSlot slot = activeProposal(d.proposalId());
      finish(
          slot, ImmutableProposal.copyOf(slot.current()).withClosedAt(d.at()).withTally(d.tally()));
    } else if (event instanceof ProposalWithdrawn w) {
      ProposalSlot slot = activeProposal(w.proposalId());
      finish(slot, ImmutableProposal.copyOf(slot.current()).withWithdrawnAt(w.at()));
    } else if (event instanceof SessionScheduled ss) {
      List<SessionSlot> list = sessions();
      for (SessionSlot slot : list) {
        if (slot.session.id().equals(ss.sessionId())) {
          throw new IllegalStateException("session " + ss.sessionId() + " exists already");
        }
      }
      if (pastSessionsView().containsKey(ss.sessionId())) {
        throw new IllegalStateException("session " + ss.sessionId() + " exists already (closed)");
      }
      list.add(
          new SessionSlot(
              ImmutableSession.builder()
                  .id(ss.sessionId())
                  .scheduledFor(ss.scheduledFor())
                  .format(ss.format())
                  .place(ss.place())
                  .guidelineVersion(0)
                  .contributions(0)
                  .build()));
    } else if (event instanceof FacilitationVolunteered v) {
      SessionSlot slot = activeSession(v.sessionId());
      Session session = slot.current();
      List<MemberId> volunteers = new ArrayList<>(session.volunteers());
      volunteers.add(v.actor());
      slot.session = ImmutableSession.copyOf(session).withVolunteers(volunteers);
    } else if (event instanceof SessionStarted st) {
      SessionSlot slot = activeSession(st.sessionId());
      Session started =
          ImmutableSession.copyOf(slot.current())
              .withStartedAt(st.at())
              .withFacilitator(st.facilitator())
              .withCoFacilitator(st.coFacilitator())
              .withGuidelineVersion(st.guidelineVersion())
              .withAttendees(st.attendees());
      LeadershipState l = published.leadership();
      long ordinal = l.sessionsStarted() + 1;
      Map<MemberId, Long> lastTurn = new LinkedHashMap<>(l.lastTurn());
      lastTurn.put(st.facilitator(), ordinal);
      st.coFacilitator().ifPresent(co -> lastTurn.put(co, ordinal));
      boolean same = l.lastFacilitator().map(st.facilitator()::equals).orElse(false);
      slot.session = started;
      published =
          published.withLeadership(
              ImmutableLeadershipState.builder()
                  .sessionsStarted(ordinal)
                  .lastFacilitator(st.facilitator())
                  .streak(same ? l.streak() + 1 : 1)
                  .lastTurn(lastTurn)
                  .build());
    } else if (event instanceof FacilitatorHandedOver h) {
      SessionSlot slot = activeSession(h.sessionId());
      slot.session =
          ImmutableSession.copyOf(slot.current())
              .withFacilitator(h.to())
              .withCoFacilitator(h.coFacilitator());
    } else if (event instanceof SessionClosed c) {
      SessionSlot slot = activeSession(c.sessionId());
      Session closed = ImmutableSession.copyOf(slot.current()).withClosedAt(c.at());
      Map<SessionId, Session> past = pastSessions();
      sessions().remove(slot);
      past.put(closed.id(), closed);
    } else if (event instanceof MemberJoined j) {
      members()
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
    } else if (event instanceof MemberLeft l) {
      Member m = member(l.member());
      members()
          .put(
              m.id(),
              ImmutableMember.copyOf(m)
                  .withLeftAt(l.at())
                  .withDisplayName(java.util.Optional.empty())
                  .withRoles(EnumSet.noneOf(Role.class)));
    } else if (event instanceof StandingChanged sc) {
      Member m = member(sc.member());
      members().put(m.id(), ImmutableMember.copyOf(m).withStanding(sc.standing()));
    } else if (event instanceof RoleAssigned ra) {
      Member m = member(ra.member());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(m.roles());
      roles.add(ra.role());
      members().put(m.id(), ImmutableMember.copyOf(m).withRoles(roles));
    } else if (event instanceof RoleRevoked rr) {
      Member m = member(rr.member());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(m.roles());
      roles.remove(rr.role());
      members().put(m.id(), ImmutableMember.copyOf(m).withRoles(roles));
    } else if (event instanceof GuidelineVersionAdopted g) {
      ImmutableGroupState next = published.withGuidelines(published.guidelines().with(g.version()));
      published = g.version().number() == 1 ? next.withFoundingDraft(List.of()) : next;
    } else if (event instanceof MeetingPlanChanged mp) {
      published =
          published.withProfile(
              ImmutableGroupProfile.copyOf(published.profile().orElseThrow(Evolver::notFounded))
                  .withMeeting(mp.meeting()));
    } else if (event instanceof GovernanceSettingsChanged gs) {
      published = published.withGovernance(ImmutableGovernanceSettings.copyOf(gs.settings()));
    } else if (event instanceof FoundingGuidelinesEndorsed fe) {
      Set<MemberId> endorsed = new LinkedHashSet<>(published.foundingEndorsements());
      endorsed.add(fe.actor());
      published = published.withFoundingEndorsements(endorsed);
    } else if (event instanceof FoundingDraftRevised r) {
      published =
          published
              .withFoundingDraft(r.draft())
              .withFoundingDraftRevision(r.revision())
              .withFoundingEndorsements(Set.of());
    } else if (event instanceof GroupFounded f) {
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
      members = founding;
      published =
          published
              .withProfile(f.profile())
              .withGovernance(f.governance())
              .withFounders(founders)
              .withFoundingDraft(f.draft())
              .withFoundingDraftRevision(1);
    } else {
      throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }
  }

  private static IllegalStateException notFounded() {
    return new IllegalStateException("the group has not been founded");
  }

  /** Moves a proposal from the active list to the past ones. */
  private void finish(ProposalSlot slot, Proposal finished) {
    Map<ProposalId, Proposal> past = pastProposals();
    proposals().remove(slot);
    past.put(finished.id(), finished);
  }

  private SessionSlot activeSession(SessionId id) {
    for (SessionSlot slot : sessions()) {
      if (slot.session.id().equals(id)) {
        return slot;
      }
    }
    throw new IllegalStateException("no scheduled or open session " + id);
  }

  private ProposalSlot activeProposal(ProposalId id) {
    for (ProposalSlot slot : proposals()) {
      if (slot.proposal.id().equals(id)) {
        return slot;
      }
    }
    throw new IllegalStateException("no draft or open proposal " + id);
  }

  private Member member(MemberId id) {
    Member m = memberOrNull(id);
    if (m == null) {
      throw new IllegalStateException("no member " + id);
    }
    return m;
  }

  // What EventChecks reads: the state folded so far, without publishing it.

  /** The state folded so far, up to date in all but the buffered collections. */
  GroupState folded() {
    return published;
  }

  /** A member as folded so far, or null if nobody with that id ever joined. */
  @Nullable Member memberOrNull(MemberId id) {
    return (members != null ? members : published.members()).get(id);
  }

  /** A draft or open proposal as folded so far, its latest stances aside. */
  Proposal draftOrOpen(ProposalId id) {
    return activeProposal(id).proposal;
  }

  /** A scheduled or open session as folded so far, its latest contributions aside. */
  Session scheduledOrOpen(SessionId id) {
    return activeSession(id).session;
  }

  /** Tells whether a proposal was decided and adopted. */
  boolean isAdopted(ProposalId id) {
    Proposal p = pastProposalsView().get(id);
    return p != null && p.tally().map(t -> t.outcome() == Outcome.ADOPTED).orElse(false);
  }

  // The buffers: each is copied from the published state on first write.

  private Map<MemberId, Member> members() {
    Map<MemberId, Member> m = members;
    if (m == null) {
      m = new LinkedHashMap<>(published.members());
      members = m;
    }
    return m;
  }

  private List<ProposalSlot> proposals() {
    List<ProposalSlot> p = proposals;
    if (p == null) {
      p = new ArrayList<>(published.activeProposals().size() + 1);
      for (Proposal proposal : published.activeProposals()) {
        p.add(new ProposalSlot(proposal));
      }
      proposals = p;
    }
    return p;
  }

  /** The past proposals as they stand, without copying them. */
  private Map<ProposalId, Proposal> pastProposalsView() {
    Map<ProposalId, Proposal> p = pastProposals;
    return p != null ? p : published.pastProposals();
  }

  /** The past sessions as they stand, without copying them. */
  private Map<SessionId, Session> pastSessionsView() {
    Map<SessionId, Session> s = pastSessions;
    return s != null ? s : published.pastSessions();
  }

  private Map<ProposalId, Proposal> pastProposals() {
    Map<ProposalId, Proposal> p = pastProposals;
    if (p == null) {
      p = new LinkedHashMap<>(published.pastProposals());
      pastProposals = p;
    }
    return p;
  }

  private List<SessionSlot> sessions() {
    List<SessionSlot> s = sessions;
    if (s == null) {
      s = new ArrayList<>(published.activeSessions().size() + 1);
      for (Session session : published.activeSessions()) {
        s.add(new SessionSlot(session));
      }
      sessions = s;
    }
    return s;
  }

  private Map<SessionId, Session> pastSessions() {
    Map<SessionId, Session> s = pastSessions;
    if (s == null) {
      s = new LinkedHashMap<>(published.pastSessions());
      pastSessions = s;
    }
    return s;
  }

  /**
   * An active proposal under construction. Stances, the frequent change, are kept apart and merged
   * into the proposal only when it is published: the first one as a pending change over the
   * proposal's own list (so folding one stance copies the list once, inside the proposal), later
   * ones in a buffer the slot owns.
   */
  private static final class ProposalSlot {
    Proposal proposal;
    private @Nullable List<Stance> stances;
    private @Nullable Stance pending;
    private int pendingAt = -1;

    /** The proposal's electorate as a set, made on the first question; reset when it opens. */
    @Nullable Set<MemberId> voters;

    ProposalSlot(Proposal proposal) {
      this.proposal = proposal;
    }

    Set<MemberId> voters() {
      Set<MemberId> v = voters;
      if (v == null) {
        v = new HashSet<>(proposal.electorate());
        voters = v;
      }
      return v;
    }

    /** Replaces the member's stance, or adds theirs last. */
    void putStance(Stance stance) {
      List<Stance> list = stances;
      if (list == null && pending == null) {
        pending = stance;
        pendingAt = indexOf(proposal.stances(), stance.member());
        return;
      }
      if (list == null) {
        list = new ArrayList<>(proposal.stances().size() + 1);
        list.addAll(withPending());
        pending = null;
        stances = list;
      }
      int i = indexOf(list, stance.member());
      if (i >= 0) {
        list.set(i, stance);
      } else {
        list.add(stance);
      }
    }

    private static int indexOf(List<Stance> list, MemberId member) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).member().equals(member)) {
          return i;
        }
      }
      return -1;
    }

    /** The proposal's stances with the pending one put in, as a view: the proposal copies it. */
    private List<Stance> withPending() {
      List<Stance> base = proposal.stances();
      Stance p = pending;
      if (p == null) {
        return base;
      }
      int at = pendingAt;
      int size = at >= 0 ? base.size() : base.size() + 1;
      return new AbstractList<>() {
        @Override
        public Stance get(int i) {
          return i == at || i == base.size() ? p : base.get(i);
        }

        @Override
        public int size() {
          return size;
        }
      };
    }

    /** The proposal with the stances folded in so far. */
    Proposal current() {
      List<Stance> list = stances;
      if (list != null) {
        proposal = ImmutableProposal.copyOf(proposal).withStances(list);
        stances = null;
      } else if (pending != null) {
        proposal = ImmutableProposal.copyOf(proposal).withStances(withPending());
        pending = null;
      }
      return proposal;
    }
  }

  /**
   * An active session under construction: contributions, the frequent change, are counted here and
   * added to the session only when it is published.
   */
  private static final class SessionSlot {
    Session session;
    int added;

    SessionSlot(Session session) {
      this.session = session;
    }

    /** The session with the counted contributions added. */
    Session current() {
      if (added != 0) {
        session =
            ImmutableSession.copyOf(session).withContributions(session.contributions() + added);
        added = 0;
      }
      return session;
    }
  }
}
