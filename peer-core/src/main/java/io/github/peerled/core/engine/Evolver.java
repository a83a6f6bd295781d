package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutableComment;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.ImmutableStance;
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
import java.util.Set;
import java.util.function.Function;

/**
 * Folds one event into a group's state. Pure. Trusts that the event was decided against this state;
 * an event that refers to something missing throws {@link IllegalStateException}.
 */
final class Evolver {
  private Evolver() {}

  static GroupState evolve(GroupState state, GroupEvent event) {
    ImmutableGroupState s =
        ImmutableGroupState.copyOf(state).withHead(new LogHead(event.sequence(), event.at()));
    if (event instanceof ContributionRecorded c) {
      SessionId id = c.contribution().sessionId();
      Session session = activeSession(s, id);
      return s.withActiveSessions(
          putBy(
              s.activeSessions(),
              ImmutableSession.copyOf(session).withContributions(session.contributions() + 1),
              Session::id));
    } else if (event instanceof StanceTaken t) {
      Proposal p = activeProposal(s, t.proposalId());
      Stance stance =
          ImmutableStance.builder()
              .member(t.actor())
              .kind(t.kind())
              .reason(t.reason())
              .at(t.at())
              .build();
      List<Stance> stances = putBy(p.stances(), stance, Stance::member);
      return s.withActiveProposals(
          putBy(
              s.activeProposals(), ImmutableProposal.copyOf(p).withStances(stances), Proposal::id));
    } else if (event instanceof AttendanceRecorded a) {
      Session session = activeSession(s, a.sessionId());
      Set<MemberId> attendees = new LinkedHashSet<>(session.attendees());
      attendees.add(a.member());
      return s.withActiveSessions(
          putBy(
              s.activeSessions(),
              ImmutableSession.copyOf(session).withAttendees(attendees),
              Session::id));
    } else if (event instanceof ProposalCommented c) {
      Proposal p = activeProposal(s, c.proposalId());
      return s.withActiveProposals(
          putBy(
              s.activeProposals(),
              ImmutableProposal.builder()
                  .from(p)
                  .addComment(
                      ImmutableComment.builder()
                          .author(c.actor())
                          .text(c.text())
                          .recommendation(c.recommendation())
                          .at(c.at())
                          .build())
                  .build(),
              Proposal::id));
    } else if (event instanceof ProposalDrafted d) {
      Proposal p =
          ImmutableProposal.builder()
              .id(d.proposalId())
              .title(d.title())
              .rationale(d.rationale())
              .proposer(d.actor())
              .content(d.content())
              .draftedAt(d.at())
              .build();
      return s.withActiveProposals(putBy(s.activeProposals(), p, Proposal::id));
    } else if (event instanceof ProposalOpened o) {
      Proposal p = activeProposal(s, o.proposalId());
      return s.withActiveProposals(
          putBy(
              s.activeProposals(),
              ImmutableProposal.copyOf(p)
                  .withOpenedAt(o.at())
                  .withElectorate(o.electorate())
                  .withProcedure(o.procedure()),
              Proposal::id));
    } else if (event instanceof ProposalDecided d) {
      Proposal p = activeProposal(s, d.proposalId());
      Proposal closed = ImmutableProposal.copyOf(p).withClosedAt(d.at()).withTally(d.tally());
      return s.withActiveProposals(removeBy(s.activeProposals(), p.id(), Proposal::id))
          .withPastProposals(put(s.pastProposals(), p.id(), closed));
    } else if (event instanceof ProposalWithdrawn w) {
      Proposal p = activeProposal(s, w.proposalId());
      Proposal withdrawn = ImmutableProposal.copyOf(p).withWithdrawnAt(w.at());
      return s.withActiveProposals(removeBy(s.activeProposals(), p.id(), Proposal::id))
          .withPastProposals(put(s.pastProposals(), p.id(), withdrawn));
    } else if (event instanceof SessionScheduled ss) {
      Session session =
          ImmutableSession.builder()
              .id(ss.sessionId())
              .scheduledFor(ss.scheduledFor())
              .format(ss.format())
              .place(ss.place())
              .build();
      return s.withActiveSessions(putBy(s.activeSessions(), session, Session::id));
    } else if (event instanceof FacilitationVolunteered v) {
      Session session = activeSession(s, v.sessionId());
      List<MemberId> volunteers = new ArrayList<>(session.volunteers());
      volunteers.add(v.actor());
      return s.withActiveSessions(
          putBy(
              s.activeSessions(),
              ImmutableSession.copyOf(session).withVolunteers(volunteers),
              Session::id));
    } else if (event instanceof SessionStarted st) {
      Session session = activeSession(s, st.sessionId());
      Session started =
          ImmutableSession.copyOf(session)
              .withStartedAt(st.at())
              .withFacilitator(st.facilitator())
              .withCoFacilitator(st.coFacilitator())
              .withGuidelineVersion(st.guidelineVersion())
              .withAttendees(st.attendees());
      LeadershipState l = s.leadership();
      long ordinal = l.sessionsStarted() + 1;
      Map<MemberId, Long> lastTurn = new LinkedHashMap<>(l.lastTurn());
      lastTurn.put(st.facilitator(), ordinal);
      st.coFacilitator().ifPresent(co -> lastTurn.put(co, ordinal));
      boolean same = l.lastFacilitator().map(st.facilitator()::equals).orElse(false);
      LeadershipState next =
          ImmutableLeadershipState.builder()
              .sessionsStarted(ordinal)
              .lastFacilitator(st.facilitator())
              .streak(same ? l.streak() + 1 : 1)
              .lastTurn(lastTurn)
              .build();
      return s.withActiveSessions(putBy(s.activeSessions(), started, Session::id))
          .withLeadership(next);
    } else if (event instanceof FacilitatorHandedOver h) {
      Session session = activeSession(s, h.sessionId());
      return s.withActiveSessions(
          putBy(
              s.activeSessions(),
              ImmutableSession.copyOf(session)
                  .withFacilitator(h.to())
                  .withCoFacilitator(h.coFacilitator()),
              Session::id));
    } else if (event instanceof SessionClosed c) {
      Session session = activeSession(s, c.sessionId());
      return s.withActiveSessions(removeBy(s.activeSessions(), c.sessionId(), Session::id))
          .withPastSessions(
              put(
                  s.pastSessions(),
                  c.sessionId(),
                  ImmutableSession.copyOf(session).withClosedAt(c.at())));
    } else if (event instanceof MemberJoined j) {
      Member m =
          ImmutableMember.builder()
              .id(j.member())
              .displayName(j.displayName())
              .standing(j.standing())
              .affiliation(j.affiliation())
              .joinedAt(j.at())
              .acknowledgedVersion(j.acknowledgedVersion())
              .build();
      return s.withMembers(put(s.members(), m.id(), m));
    } else if (event instanceof MemberLeft l) {
      Member m = member(s, l.member());
      Member left =
          ImmutableMember.copyOf(m)
              .withLeftAt(l.at())
              .withDisplayName(java.util.Optional.empty())
              .withRoles(EnumSet.noneOf(Role.class));
      return s.withMembers(put(s.members(), m.id(), left));
    } else if (event instanceof StandingChanged sc) {
      Member m = member(s, sc.member());
      return s.withMembers(
          put(s.members(), m.id(), ImmutableMember.copyOf(m).withStanding(sc.standing())));
    } else if (event instanceof RoleAssigned ra) {
      Member m = member(s, ra.member());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(m.roles());
      roles.add(ra.role());
      return s.withMembers(put(s.members(), m.id(), ImmutableMember.copyOf(m).withRoles(roles)));
    } else if (event instanceof RoleRevoked rr) {
      Member m = member(s, rr.member());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(m.roles());
      roles.remove(rr.role());
      return s.withMembers(put(s.members(), m.id(), ImmutableMember.copyOf(m).withRoles(roles)));
    } else if (event instanceof GuidelineVersionAdopted g) {
      ImmutableGroupState next = s.withGuidelines(s.guidelines().with(g.version()));
      return g.version().number() == 1 ? next.withFoundingDraft(List.of()) : next;
    } else if (event instanceof MeetingPlanChanged mp) {
      return s.withProfile(
          ImmutableGroupProfile.copyOf(s.profile().orElseThrow(Evolver::notFounded))
              .withMeeting(mp.meeting()));
    } else if (event instanceof GovernanceSettingsChanged gs) {
      return s.withGovernance(ImmutableGovernanceSettings.copyOf(gs.settings()));
    } else if (event instanceof FoundingGuidelinesEndorsed fe) {
      Set<MemberId> endorsed = new LinkedHashSet<>(s.foundingEndorsements());
      endorsed.add(fe.actor());
      return s.withFoundingEndorsements(endorsed);
    } else if (event instanceof FoundingDraftRevised r) {
      return s.withFoundingDraft(r.draft())
          .withFoundingDraftRevision(r.revision())
          .withFoundingEndorsements(Set.of());
    } else if (event instanceof GroupFounded f) {
      Map<MemberId, Member> members = new LinkedHashMap<>();
      List<MemberId> founders = new ArrayList<>();
      for (FoundingMember fm : f.founders()) {
        founders.add(fm.id());
        members.put(
            fm.id(),
            ImmutableMember.builder()
                .id(fm.id())
                .displayName(fm.displayName())
                .standing(Standing.FOUNDING_MEMBER)
                .joinedAt(f.at())
                .acknowledgedVersion(0)
                .build());
      }
      return s.withProfile(f.profile())
          .withGovernance(f.governance())
          .withMembers(members)
          .withFounders(founders)
          .withFoundingDraft(f.draft())
          .withFoundingDraftRevision(1);
    }
    throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
  }

  private static IllegalStateException notFounded() {
    return new IllegalStateException("the group has not been founded");
  }

  private static Session activeSession(GroupState s, SessionId id) {
    Session session = Decider.activeSession(s, id);
    if (session == null) {
      throw new IllegalStateException("no scheduled or open session " + id);
    }
    return session;
  }

  private static Proposal activeProposal(GroupState s, ProposalId id) {
    Proposal p = Decider.activeProposal(s, id);
    if (p == null) {
      throw new IllegalStateException("no draft or open proposal " + id);
    }
    return p;
  }

  private static Member member(GroupState s, MemberId id) {
    Member m = s.members().get(id);
    if (m == null) {
      throw new IllegalStateException("no member " + id);
    }
    return m;
  }

  /** A copy of a list with the element of the same key replaced, or the element added last. */
  private static <T, K> List<T> putBy(List<T> list, T value, Function<T, K> key) {
    K k = key.apply(value);
    List<T> copy = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (T old : list) {
      if (!replaced && key.apply(old).equals(k)) {
        copy.add(value);
        replaced = true;
      } else {
        copy.add(old);
      }
    }
    if (!replaced) {
      copy.add(value);
    }
    return copy;
  }

  /** A copy of a list without the element of a key. */
  private static <T, K> List<T> removeBy(List<T> list, K k, Function<T, K> key) {
    List<T> copy = new ArrayList<>(list.size());
    for (T old : list) {
      if (!key.apply(old).equals(k)) {
        copy.add(old);
      }
    }
    return copy;
  }

  private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }
}
