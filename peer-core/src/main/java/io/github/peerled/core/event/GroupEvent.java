package io.github.peerled.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happened to a group. A group's state is the fold of its events. Every event is
 * immutable, named in the past tense, and carries its sequence number in the group's log (1, 2, 3,
 * ...), the group's id, the member who caused it and the instant it happened. In JSON the property
 * {@code type} names the event. Implementations are immutable and thread-safe.
 *
 * <p>The event types are a closed set, {@code sealed} here; each is a {@code non-sealed} value
 * interface whose implementation Immutables generates (see {@link
 * io.github.peerled.core.command.GroupCommand} for why). What every event carries is in {@link
 * EventHeader}.
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
  @JsonSubTypes.Type(value = ImmutableSessionClosed.class, name = "SessionClosed"),
  @JsonSubTypes.Type(value = ImmutableProposalClosingSoon.class, name = "ProposalClosingSoon"),
  @JsonSubTypes.Type(value = ImmutableProposalExpired.class, name = "ProposalExpired"),
  @JsonSubTypes.Type(value = ImmutableReviewDue.class, name = "ReviewDue"),
  @JsonSubTypes.Type(value = ImmutableMemberForgotten.class, name = "MemberForgotten"),
  @JsonSubTypes.Type(value = ImmutableProposalRevised.class, name = "ProposalRevised"),
  @JsonSubTypes.Type(value = ImmutableObjectionIntegrated.class, name = "ObjectionIntegrated"),
  @JsonSubTypes.Type(value = ImmutableObjectionWithdrawn.class, name = "ObjectionWithdrawn"),
  @JsonSubTypes.Type(value = ImmutableDeadlineExtended.class, name = "DeadlineExtended"),
  @JsonSubTypes.Type(
      value = ImmutableGuidelineVersionScheduled.class,
      name = "GuidelineVersionScheduled"),
  @JsonSubTypes.Type(
      value = ImmutableScheduledVersionCancelled.class,
      name = "ScheduledVersionCancelled"),
  @JsonSubTypes.Type(
      value = ImmutableContributionTextExpired.class,
      name = "ContributionTextExpired"),
  @JsonSubTypes.Type(value = ImmutablePollOpened.class, name = "PollOpened"),
  @JsonSubTypes.Type(value = ImmutablePollAnswered.class, name = "PollAnswered"),
  @JsonSubTypes.Type(value = ImmutablePollClosed.class, name = "PollClosed"),
  @JsonSubTypes.Type(value = ImmutableContributionFlagged.class, name = "ContributionFlagged"),
  @JsonSubTypes.Type(value = ImmutableContributionHeld.class, name = "ContributionHeld"),
  @JsonSubTypes.Type(value = ImmutableHoldReviewed.class, name = "HoldReviewed"),
  @JsonSubTypes.Type(value = ImmutableMemberPaused.class, name = "MemberPaused"),
  @JsonSubTypes.Type(value = ImmutablePauseEnded.class, name = "PauseEnded")
})
public sealed interface GroupEvent extends EventHeader
    permits GroupFounded,
        FoundingDraftRevised,
        FoundingGuidelinesEndorsed,
        GuidelineVersionAdopted,
        MemberJoined,
        MemberLeft,
        StandingChanged,
        RoleAssigned,
        RoleRevoked,
        ProposalDrafted,
        ProposalOpened,
        StanceTaken,
        ProposalCommented,
        ProposalWithdrawn,
        ProposalDecided,
        MeetingPlanChanged,
        GovernanceSettingsChanged,
        SessionScheduled,
        FacilitationVolunteered,
        SessionStarted,
        FacilitatorHandedOver,
        AttendanceRecorded,
        ContributionRecorded,
        SessionClosed,
        ProposalClosingSoon,
        ProposalExpired,
        ReviewDue,
        MemberForgotten,
        ProposalRevised,
        ObjectionIntegrated,
        ObjectionWithdrawn,
        DeadlineExtended,
        GuidelineVersionScheduled,
        ScheduledVersionCancelled,
        ContributionTextExpired,
        PollOpened,
        PollAnswered,
        PollClosed,
        ContributionFlagged,
        ContributionHeld,
        HoldReviewed,
        MemberPaused,
        PauseEnded {}
