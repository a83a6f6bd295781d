package io.github.peerled.core.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.action.ActionItem;
import io.github.peerled.core.action.ActionItemId;
import io.github.peerled.core.action.ActionItemStatus;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Proxy;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineHistory;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.leadership.LeadershipState;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.RoleTenure;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The state of a group: the fold of its events. Active proposals and sessions are kept apart from
 * finished ones, so that the frequent events touch small collections. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupState.class)
@JsonDeserialize(as = ImmutableGroupState.class)
public interface GroupState {
  /**
   * Returns the group's id.
   *
   * @return the id
   */
  GroupId groupId();

  /**
   * Returns the position of the latest event folded in.
   *
   * @return the head of the log; sequence 0 before the first event
   */
  LogHead head();

  /**
   * Returns the group's version: the sequence number of the latest event folded in, which every
   * event raises by one. It is what {@code GroupHandle.submit(command, expectedVersion)} compares.
   * Not to be confused with the number of the guideline version in force ({@link
   * #guidelineVersionNumber()}) or the version of a file format ({@code
   * FileFormat.formatVersion()}).
   *
   * @return the sequence number of the latest event; 0 before the first event
   */
  @JsonIgnore
  default long version() {
    return head().sequence();
  }

  /**
   * Returns when the latest event happened.
   *
   * @return the instant; empty before the first event
   */
  @JsonIgnore
  default Optional<Instant> updatedAt() {
    LogHead h = head();
    return h.sequence() == 0 ? Optional.empty() : Optional.of(h.at());
  }

  /**
   * Returns the group's profile.
   *
   * @return the profile; empty until the group is founded
   */
  Optional<GroupProfile> profile();

  /**
   * Returns the governance settings in force.
   *
   * @return the settings
   */
  GovernanceSettings governance();

  /**
   * Returns everyone who ever joined, in the order they joined; those who left are kept without
   * their names.
   *
   * @return the members by id
   */
  Map<MemberId, Member> members();

  /**
   * Returns the founding members, in order.
   *
   * @return the founders
   */
  List<MemberId> founders();

  /**
   * Returns the draft of the first guidelines, until they are adopted.
   *
   * @return the draft clauses
   */
  List<Clause> foundingDraft();

  /**
   * Returns the revision number of the founding draft.
   *
   * @return 1 for the draft the group was founded with, 0 before founding
   */
  int foundingDraftRevision();

  /**
   * Returns the founders who endorsed the current founding draft.
   *
   * @return the founders, in the order they endorsed
   */
  Set<MemberId> foundingEndorsements();

  /**
   * Returns every adopted guideline version.
   *
   * @return the history
   */
  GuidelineHistory guidelines();

  /**
   * Returns the guideline version adopted to take effect later ({@code
   * DecisionProcedure.effectDelay()}), until a deadline check puts it in force or a reconsideration
   * cancels it. While one is scheduled, no other guideline amendment can be drafted, opened or
   * adopted.
   *
   * @return the version, with its {@code effectiveAt}; empty when none is waiting
   */
  Optional<GuidelineVersion> scheduledGuidelines();

  /**
   * Returns the guideline version in force at an instant, counting a scheduled version from its
   * {@code effectiveAt} on even before a deadline check has recorded it.
   *
   * @param instant the instant
   * @return the version; empty if none had taken effect by then
   */
  default Optional<GuidelineVersion> guidelinesAt(Instant instant) {
    Optional<GuidelineVersion> scheduled = scheduledGuidelines();
    if (scheduled.isPresent() && !scheduled.get().effectiveAt().isAfter(instant)) {
      return scheduled;
    }
    return guidelines().inForceAt(instant);
  }

  /**
   * Returns the proposals not yet decided, withdrawn or expired, in the order they were drafted:
   * drafts and open proposals. An open proposal whose deadline has passed stays here ({@link
   * Proposal#statusAt} says {@code EXPIRED}) until a deadline check ({@link
   * io.github.peerled.core.command.CheckDeadlines}) records its expiry. A group has few at a time,
   * so they are kept in a list; look one up with {@link #proposal(ProposalId)}.
   *
   * @return the proposals
   */
  List<Proposal> activeProposals();

  /**
   * Returns the decided, withdrawn and expired proposals, in the order they were finished.
   *
   * @return the proposals by id
   */
  Map<ProposalId, Proposal> pastProposals();

  /**
   * Returns the scheduled and open sessions, in the order they were scheduled. A group has few at a
   * time, so they are kept in a list; look one up with {@link #session(SessionId)}.
   *
   * @return the sessions
   */
  List<Session> activeSessions();

  /**
   * Returns the closed sessions, in the order they closed.
   *
   * @return the sessions by id
   */
  Map<SessionId, Session> pastSessions();

  /**
   * Returns the reviews the group set and no deadline check has announced yet: of decided proposals
   * given a review date at their close, and of the clauses in force that have one.
   *
   * @return the reviews, in the order they were set
   */
  List<Review> pendingReviews();

  /**
   * Returns who has facilitated.
   *
   * @return the leadership state
   */
  LeadershipState leadership();

  /**
   * Returns the group's non-binding polls, open and closed, in the order they were opened. Polls
   * never change anything else in the state.
   *
   * @return the polls by id
   */
  Map<PollId, Poll> polls();

  /**
   * Returns the flagged contributions, in the order they were first flagged: who flagged each, and
   * whether it is held. A contribution never flagged is not here.
   *
   * @return the flags, one entry per contribution
   */
  List<ContributionFlags> flaggedContributions();

  /**
   * Returns the flags and hold of one contribution.
   *
   * @param session the session
   * @param number the contribution's number within it
   * @return the flags; empty if nobody flagged it
   */
  default Optional<ContributionFlags> flagsOf(SessionId session, int number) {
    for (ContributionFlags f : flaggedContributions()) {
      if (f.number() == number && f.sessionId().equals(session)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a host hides a contribution: it is held pending a review, or a review kept the
   * hold. Its text stays in the log either way.
   *
   * @param session the session
   * @param number the contribution's number within it
   * @return true if held or kept
   */
  default boolean isHidden(SessionId session, int number) {
    return flagsOf(session, number).map(ContributionFlags::hidden).orElse(false);
  }

  /**
   * Returns the pauses of membership not yet recorded as ended, by member. A pause whose end date
   * has passed stays here until a deadline check records its end; {@link #pauseOf} tells whether
   * one is in force at an instant.
   *
   * @return the pauses by member
   */
  Map<MemberId, Pause> pauses();

  /**
   * Returns the pause of a member in force at an instant: why they are paused and until when.
   *
   * @param member the member
   * @param at the instant
   * @return the pause; empty if the member is not paused then
   */
  default Optional<Pause> pauseOf(MemberId member, Instant at) {
    Pause p = pauses().get(member);
    return p != null && p.inForceAt(at) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Returns a poll, open or closed.
   *
   * @param id the poll id
   * @return the poll, or empty if there is none with that id
   */
  default Optional<Poll> poll(PollId id) {
    return Optional.ofNullable(polls().get(id));
  }

  /**
   * Returns the state of a group before anything happened to it.
   *
   * @param groupId the group's id
   * @return the state
   */
  static GroupState initial(GroupId groupId) {
    return ImmutableGroupState.builder()
        .groupId(groupId)
        .head(LogHead.START)
        .governance(GovernanceSettings.ofDefaults())
        .foundingDraftRevision(0)
        .guidelines(GuidelineHistory.empty())
        .leadership(LeadershipState.initial())
        .build();
  }

  /**
   * Tells whether the group has been founded.
   *
   * @return true once founded
   */
  @JsonIgnore
  default boolean isFounded() {
    return profile().isPresent();
  }

  /**
   * Returns the guideline version in force.
   *
   * @return the version; empty until the founders adopt version 1
   */
  @JsonIgnore
  default Optional<GuidelineVersion> guidelinesInForce() {
    return guidelines().current();
  }

  /**
   * Returns the number of the guideline version in force: 1 for the founding guidelines, one more
   * for each amendment adopted since. This is the number a {@code JoinGroup} acknowledges and a
   * {@code GuidelineAmendment} is based on; it is not the group's {@linkplain #version() version}.
   *
   * @return the number; 0 until the founders adopt version 1
   */
  @JsonIgnore
  default int guidelineVersionNumber() {
    return guidelinesInForce().map(GuidelineVersion::number).orElse(0);
  }

  /**
   * Returns a member, active or not.
   *
   * @param id the member id
   * @return the member, or empty if nobody with that id ever joined
   */
  default Optional<Member> member(MemberId id) {
    return Optional.ofNullable(members().get(id));
  }

  /**
   * Returns a proposal, active or past.
   *
   * @param id the proposal id
   * @return the proposal, or empty if there is none with that id
   */
  default Optional<Proposal> proposal(ProposalId id) {
    for (Proposal p : activeProposals()) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.ofNullable(pastProposals().get(id));
  }

  /**
   * Returns the undecided of a proposal: the members of its electorate who are still active peers
   * and have taken no stance on it. For a draft, nobody: it has no electorate yet.
   *
   * @param id the proposal id
   * @return the members, in the order of the electorate
   * @throws IllegalArgumentException if the group has no proposal with that id
   */
  default List<MemberId> undecided(ProposalId id) {
    Proposal p =
        proposal(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "group " + groupId() + " has no proposal " + id.value()));
    return Deadlines.undecided(this, p);
  }

  /**
   * Returns when the group's next deadline falls: the earliest instant at which a deadline check
   * ({@link io.github.peerled.core.command.CheckDeadlines}) would record something not yet
   * recorded, be it an open proposal entering its closing-soon window, an open proposal's deadline,
   * a pending review, or the end of a term in a role. The host's scheduler checks the deadlines
   * then (or later: nothing is lost, a late check records what has fallen due since). The instant
   * may lie in the past, when a deadline passed without a check.
   *
   * @return the instant; empty when nothing is pending
   */
  @JsonIgnore
  default Optional<Instant> nextDeadline() {
    return Deadlines.next(this);
  }

  /**
   * Returns the state as the group's members may read it: the same, except that the ballots of
   * proposals whose procedure hides them ({@link io.github.peerled.core.decision.BallotSecrecy})
   * are left out, their participation kept: who has taken a stance ({@link
   * Proposal#participants()}) and who is undecided stay readable, which stance each took does not,
   * before the close ({@code HIDDEN_UNTIL_CLOSE}) or ever ({@code ANONYMOUS}, where the tally alone
   * tells how the group stood). Their objections are left out with them, since each names its
   * author. A host shows members this view, never the state itself; the secrecy holds against
   * members, not against whoever holds the event log, which records every stance with its member.
   *
   * @return the member view; this state itself if it hides nothing
   */
  default GroupState asSeenByMembers() {
    return MemberView.of(this);
  }

  /**
   * Returns a session, active or past.
   *
   * @param id the session id
   * @return the session, or empty if there is none with that id
   */
  default Optional<Session> session(SessionId id) {
    for (Session s : activeSessions()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.ofNullable(pastSessions().get(id));
  }

  /**
   * Returns the open selections of the roles the group defines, one per role at most. In the state
   * members read ({@link #asSeenByMembers()}) the nominations made before the reveal are hidden.
   *
   * @return the selections by role
   */
  Map<RoleName, RoleSelection> selections();

  /**
   * Returns who holds each role the group defines, until when, and who held it before; a role
   * nobody ever held has none.
   *
   * @return the tenures by role
   */
  Map<RoleName, RoleTenure> roleTenures();

  /**
   * Returns the open selection of a role.
   *
   * @param role the role
   * @return the selection; empty when none is open
   */
  default Optional<RoleSelection> selection(RoleName role) {
    return Optional.ofNullable(selections().get(role));
  }

  /**
   * Returns who holds a role, until when, and who held it before.
   *
   * @param role the role
   * @return the tenure; empty if nobody ever held the role
   */
  default Optional<RoleTenure> tenure(RoleName role) {
    return Optional.ofNullable(roleTenures().get(role));
  }

  /**
   * Returns the proxies members granted, by grantor: each member's latest, whether in force or past
   * its end date ({@link Proxy#inForceAt}); a revoked proxy, and the proxies of a member who left
   * or whose holder left, are gone.
   *
   * @return the proxies by grantor, in the order they were granted
   */
  Map<MemberId, Proxy> proxies();

  /**
   * Returns the proxy a member has in force at an instant.
   *
   * @param grantor the member who granted it
   * @param at the instant
   * @return the proxy; empty if the member has none in force then
   */
  default Optional<Proxy> proxyInForce(MemberId grantor, Instant at) {
    return Optional.ofNullable(proxies().get(grantor)).filter(p -> p.inForceAt(at));
  }

  /**
   * Returns the group's action items, open or not, in the order they were agreed.
   *
   * @return the items by id
   */
  Map<ActionItemId, ActionItem> actionItems();

  /**
   * Returns the action items still to be done: proposed (offered, not yet accepted) or assigned.
   *
   * @return the items, in the order they were agreed
   */
  default List<ActionItem> openActionItems() {
    List<ActionItem> out = new ArrayList<>();
    for (ActionItem item : actionItems().values()) {
      if (item.isOpen()) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Returns the action items a member holds: accepted by them, neither done nor released. Items
   * offered to them and not yet accepted are not theirs.
   *
   * @param member the member
   * @return the items, in the order they were agreed
   */
  default List<ActionItem> actionItemsOf(MemberId member) {
    List<ActionItem> out = new ArrayList<>();
    for (ActionItem item : actionItems().values()) {
      if (item.owner().equals(member) && item.status() == ActionItemStatus.ASSIGNED) {
        out.add(item);
      }
    }
    return out;
  }

  /**
   * Returns the action items overdue at an instant: assigned, neither done nor released, and due by
   * then ({@link ActionItem#isOverdueAt}), whether or not a deadline check has recorded it yet.
   *
   * @param at the instant
   * @return the items, in the order they were agreed
   */
  default List<ActionItem> overdueActionItems(Instant at) {
    List<ActionItem> out = new ArrayList<>();
    for (ActionItem item : actionItems().values()) {
      if (item.isOverdueAt(at)) {
        out.add(item);
      }
    }
    return out;
  }
}
