package io.github.peerled.core.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineHistory;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.leadership.LeadershipState;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
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
   * Returns the proposals not yet decided or withdrawn, in the order they were drafted: drafts,
   * open proposals, and open proposals whose deadline has passed without anyone closing them (no
   * event marks an expiry, so they stay here; {@link Proposal#statusAt} says {@code EXPIRED}). A
   * group has few at a time, so they are kept in a list; look one up with {@link
   * #proposal(ProposalId)}.
   *
   * @return the proposals
   */
  List<Proposal> activeProposals();

  /**
   * Returns the decided and withdrawn proposals, in the order they were finished.
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
   * Returns who has facilitated.
   *
   * @return the leadership state
   */
  LeadershipState leadership();

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
}
