package io.github.peerled.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;

/**
 * Something that happened to a group. A group's state is the fold of its events. Every event is
 * immutable, named in the past tense, and carries its sequence number in the group's log (1, 2, 3,
 * ...), the group's id, the member who caused it and the instant it happened. In JSON the property
 * {@code type} names the event. Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableGroupFounded.class, name = "GroupFounded"),
  @JsonSubTypes.Type(value = ImmutableFoundingDraftRevised.class, name = "FoundingDraftRevised"),
  @JsonSubTypes.Type(
      value = ImmutableFoundingGuidelinesEndorsed.class,
      name = "FoundingGuidelinesEndorsed"),
  @JsonSubTypes.Type(
      value = ImmutableGuidelineVersionAdopted.class,
      name = "GuidelineVersionAdopted"),
  @JsonSubTypes.Type(value = ImmutableMemberJoined.class, name = "MemberJoined"),
  @JsonSubTypes.Type(value = ImmutableMemberLeft.class, name = "MemberLeft"),
  @JsonSubTypes.Type(value = ImmutableStandingChanged.class, name = "StandingChanged"),
  @JsonSubTypes.Type(value = ImmutableRoleAssigned.class, name = "RoleAssigned"),
  @JsonSubTypes.Type(value = ImmutableRoleRevoked.class, name = "RoleRevoked"),
  @JsonSubTypes.Type(value = ImmutableProposalDrafted.class, name = "ProposalDrafted"),
  @JsonSubTypes.Type(value = ImmutableProposalOpened.class, name = "ProposalOpened"),
  @JsonSubTypes.Type(value = ImmutableStanceTaken.class, name = "StanceTaken"),
  @JsonSubTypes.Type(value = ImmutableProposalCommented.class, name = "ProposalCommented"),
  @JsonSubTypes.Type(value = ImmutableProposalWithdrawn.class, name = "ProposalWithdrawn"),
  @JsonSubTypes.Type(value = ImmutableProposalDecided.class, name = "ProposalDecided"),
  @JsonSubTypes.Type(value = ImmutableMeetingPlanChanged.class, name = "MeetingPlanChanged"),
  @JsonSubTypes.Type(
      value = ImmutableGovernanceSettingsChanged.class,
      name = "GovernanceSettingsChanged"),
  @JsonSubTypes.Type(value = ImmutableSessionScheduled.class, name = "SessionScheduled"),
  @JsonSubTypes.Type(
      value = ImmutableFacilitationVolunteered.class,
      name = "FacilitationVolunteered"),
  @JsonSubTypes.Type(value = ImmutableSessionStarted.class, name = "SessionStarted"),
  @JsonSubTypes.Type(value = ImmutableFacilitatorHandedOver.class, name = "FacilitatorHandedOver"),
  @JsonSubTypes.Type(value = ImmutableAttendanceRecorded.class, name = "AttendanceRecorded"),
  @JsonSubTypes.Type(value = ImmutableContributionRecorded.class, name = "ContributionRecorded"),
  @JsonSubTypes.Type(value = ImmutableSessionClosed.class, name = "SessionClosed")
})
public interface GroupEvent {
  /**
   * Returns the event's position in the group's log.
   *
   * @return 1 for the first event, then 2, 3, ...
   */
  long sequence();

  /**
   * Returns the group the event happened to.
   *
   * @return the group id
   */
  GroupId groupId();

  /**
   * Returns the member who caused the event (for the consequences of a decision, the member who
   * closed it).
   *
   * @return the member id
   */
  MemberId actor();

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant at();
}
