package io.github.peerled.core.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.peerled.core.group.MemberId;

/**
 * A command a person gives a group. The engine decides it into events, or rejects it with a reason;
 * a rejected command changes nothing. In JSON the property {@code type} names the command.
 * Implementations are immutable and thread-safe.
 *
 * <p>The command types are a closed set: this interface is {@code sealed}, so that a new command is
 * a deliberate change whose touch points (JSON name, decision, permission) a completeness test
 * checks. Each command type is a {@code non-sealed} value interface rather than one sealed to its
 * generated {@code ImmutableX} class: Immutables generates more than one implementation (the value
 * class and a nested delegate for JSON), and a {@code permits} clause naming them would depend on
 * how the generator works. The same holds for events, proposal contents and guideline changes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableFoundGroup.class, name = "FoundGroup"),
  @JsonSubTypes.Type(value = ImmutableReviseFoundingDraft.class, name = "ReviseFoundingDraft"),
  @JsonSubTypes.Type(
      value = ImmutableEndorseFoundingGuidelines.class,
      name = "EndorseFoundingGuidelines"),
  @JsonSubTypes.Type(value = ImmutableJoinGroup.class, name = "JoinGroup"),
  @JsonSubTypes.Type(value = ImmutableLeaveGroup.class, name = "LeaveGroup"),
  @JsonSubTypes.Type(value = ImmutableDraftProposal.class, name = "DraftProposal"),
  @JsonSubTypes.Type(value = ImmutableOpenProposal.class, name = "OpenProposal"),
  @JsonSubTypes.Type(value = ImmutableTakeStance.class, name = "TakeStance"),
  @JsonSubTypes.Type(value = ImmutableCommentOnProposal.class, name = "CommentOnProposal"),
  @JsonSubTypes.Type(value = ImmutableWithdrawProposal.class, name = "WithdrawProposal"),
  @JsonSubTypes.Type(value = ImmutableCloseProposal.class, name = "CloseProposal"),
  @JsonSubTypes.Type(value = ImmutableScheduleSession.class, name = "ScheduleSession"),
  @JsonSubTypes.Type(value = ImmutableVolunteerToFacilitate.class, name = "VolunteerToFacilitate"),
  @JsonSubTypes.Type(value = ImmutableStartSession.class, name = "StartSession"),
  @JsonSubTypes.Type(value = ImmutableHandOverFacilitation.class, name = "HandOverFacilitation"),
  @JsonSubTypes.Type(value = ImmutableRecordAttendance.class, name = "RecordAttendance"),
  @JsonSubTypes.Type(value = ImmutableRecordContribution.class, name = "RecordContribution"),
  @JsonSubTypes.Type(value = ImmutableCloseSession.class, name = "CloseSession"),
  @JsonSubTypes.Type(value = ImmutableCheckDeadlines.class, name = "CheckDeadlines"),
  @JsonSubTypes.Type(value = ImmutableForgetMember.class, name = "ForgetMember"),
  @JsonSubTypes.Type(value = ImmutableReviseProposal.class, name = "ReviseProposal"),
  @JsonSubTypes.Type(value = ImmutableIntegrateObjection.class, name = "IntegrateObjection"),
  @JsonSubTypes.Type(value = ImmutableWithdrawObjection.class, name = "WithdrawObjection"),
  @JsonSubTypes.Type(value = ImmutableOpenPoll.class, name = "OpenPoll"),
  @JsonSubTypes.Type(value = ImmutableAnswerPoll.class, name = "AnswerPoll"),
  @JsonSubTypes.Type(value = ImmutableClosePoll.class, name = "ClosePoll"),
  @JsonSubTypes.Type(value = ImmutableOpenSelection.class, name = "OpenSelection"),
  @JsonSubTypes.Type(value = ImmutableNominateForRole.class, name = "NominateForRole"),
  @JsonSubTypes.Type(value = ImmutableRevealNominations.class, name = "RevealNominations"),
  @JsonSubTypes.Type(value = ImmutableGrantProxy.class, name = "GrantProxy"),
  @JsonSubTypes.Type(value = ImmutableRevokeProxy.class, name = "RevokeProxy"),
  @JsonSubTypes.Type(value = ImmutableAgreeActionItem.class, name = "AgreeActionItem"),
  @JsonSubTypes.Type(value = ImmutableAcceptActionItem.class, name = "AcceptActionItem"),
  @JsonSubTypes.Type(value = ImmutableCompleteActionItem.class, name = "CompleteActionItem"),
  @JsonSubTypes.Type(value = ImmutableReleaseActionItem.class, name = "ReleaseActionItem"),
  @JsonSubTypes.Type(value = ImmutableFlagContribution.class, name = "FlagContribution"),
  @JsonSubTypes.Type(value = ImmutableReviewHold.class, name = "ReviewHold")
})
public sealed interface GroupCommand
    permits FoundGroup,
        ReviseFoundingDraft,
        EndorseFoundingGuidelines,
        JoinGroup,
        LeaveGroup,
        DraftProposal,
        OpenProposal,
        TakeStance,
        CommentOnProposal,
        WithdrawProposal,
        CloseProposal,
        ScheduleSession,
        VolunteerToFacilitate,
        StartSession,
        HandOverFacilitation,
        RecordAttendance,
        RecordContribution,
        CloseSession,
        CheckDeadlines,
        ForgetMember,
        ReviseProposal,
        IntegrateObjection,
        WithdrawObjection,
        OpenPoll,
        AnswerPoll,
        ClosePoll,
        OpenSelection,
        NominateForRole,
        RevealNominations,
        GrantProxy,
        RevokeProxy,
        AgreeActionItem,
        AcceptActionItem,
        CompleteActionItem,
        ReleaseActionItem,
        FlagContribution,
        ReviewHold {
  /**
   * Returns who gives the command.
   *
   * @return the member id
   */
  MemberId actor();
}
