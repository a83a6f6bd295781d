package io.github.peerled.core.engine;

import io.github.peerled.core.decision.ImmutableProposal;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.ImmutableSession;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The copy-on-write buffer that makes folding fast. It holds a state under construction: the first
 * event that changes one of the state's collections copies it into a buffer owned here, and later
 * events change that buffer in place; {@link #state()} publishes an immutable state. So folding one
 * event costs one copy-on-write update, and folding a long log copies the buffered collections
 * (members, proposals with their stances, sessions, past proposals and sessions) once, not once per
 * event; the rarer changes inside a proposal or session (comments, attendees, volunteers) still
 * copy that one item. {@link Evolver} folds events into it; {@link EventChecks} reads it.
 *
 * <p>Not thread-safe: confined to the thread that folds.
 */
final class FoldBuffer {
  /** The state as of the last {@link #state()}, with the rare changes made since applied. */
  private ImmutableGroupState published;

  private long sequence;
  private @Nullable Instant at;
  private @Nullable Map<MemberId, Member> members;
  private @Nullable List<ProposalSlot> proposals;
  private @Nullable Map<ProposalId, Proposal> pastProposals;
  private @Nullable List<SessionSlot> sessions;
  private @Nullable Map<SessionId, Session> pastSessions;

  FoldBuffer(GroupState start) {
    this.published = ImmutableGroupState.copyOf(start);
    this.sequence = start.version();
  }

  /** The sequence number of the latest event folded in. */
  long version() {
    return sequence;
  }

  GroupId groupId() {
    return published.groupId();
  }

  /** Publishes the state with every event folded in so far; folding may go on. */
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

  /** Records that the event with this sequence number and instant has been folded in. */
  void advance(long sequence, Instant at) {
    this.sequence = sequence;
    this.at = at;
  }

  /** The state folded so far, up to date in all but the buffered collections, to change. */
  ImmutableGroupState published() {
    return published;
  }

  /** Replaces the state folded so far, in all but the buffered collections. */
  void publish(ImmutableGroupState state) {
    this.published = state;
  }

  /** Replaces the members, for the founding: the members so far are none. */
  void foundingMembers(Map<MemberId, Member> founding) {
    this.members = founding;
  }

  /** Moves a proposal from the active list to the past ones. */
  void finish(ProposalSlot slot, Proposal finished) {
    Map<ProposalId, Proposal> past = pastProposals();
    proposals().remove(slot);
    past.put(finished.id(), finished);
  }

  SessionSlot activeSession(SessionId id) {
    for (SessionSlot slot : sessions()) {
      if (slot.session.id().equals(id)) {
        return slot;
      }
    }
    throw new IllegalStateException("no scheduled or open session " + id);
  }

  ProposalSlot activeProposal(ProposalId id) {
    for (ProposalSlot slot : proposals()) {
      if (slot.proposal.id().equals(id)) {
        return slot;
      }
    }
    throw new IllegalStateException("no draft or open proposal " + id);
  }

  Member member(MemberId id) {
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

  Map<MemberId, Member> members() {
    Map<MemberId, Member> m = members;
    if (m == null) {
      m = new LinkedHashMap<>(published.members());
      members = m;
    }
    return m;
  }

  List<ProposalSlot> proposals() {
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
  Map<ProposalId, Proposal> pastProposalsView() {
    Map<ProposalId, Proposal> p = pastProposals;
    return p != null ? p : published.pastProposals();
  }

  /** The past sessions as they stand, without copying them. */
  Map<SessionId, Session> pastSessionsView() {
    Map<SessionId, Session> s = pastSessions;
    return s != null ? s : published.pastSessions();
  }

  Map<ProposalId, Proposal> pastProposals() {
    Map<ProposalId, Proposal> p = pastProposals;
    if (p == null) {
      p = new LinkedHashMap<>(published.pastProposals());
      pastProposals = p;
    }
    return p;
  }

  List<SessionSlot> sessions() {
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

  Map<SessionId, Session> pastSessions() {
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
  static final class ProposalSlot {
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
  static final class SessionSlot {
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
