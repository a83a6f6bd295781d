package io.github.peerled.core.engine;

import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableAnswerPoll;
import io.github.peerled.core.command.ImmutableClosePoll;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableCommentOnProposal;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableForgetMember;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableHandOverFacilitation;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableLeaveGroup;
import io.github.peerled.core.command.ImmutableOpenPoll;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordAttendance;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableReviseFoundingDraft;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.command.ImmutableVolunteerToFacilitate;
import io.github.peerled.core.command.ImmutableWithdrawProposal;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableGovernanceChange;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ImmutableLeadershipChange;
import io.github.peerled.core.decision.ImmutableLogisticsChange;
import io.github.peerled.core.decision.ImmutableMembershipChange;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.ImmutableMeetingPlan;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.List;

/** Test data: a monthly diabetes peer support group, and the commands its people give. */
final class Groups {
  private Groups() {}

  static final GroupId GROUP = GroupId.of("diabetes-town-hall");
  static final Instant START = Instant.parse("2026-01-05T18:30:00Z");
  static final MemberId ALICE = MemberId.of("alice");
  static final MemberId BOB = MemberId.of("bob");
  static final MemberId CAROL = MemberId.of("carol");
  static final MemberId DANA = MemberId.of("dana");
  static final MemberId DR_EVANS = MemberId.of("dr-evans");
  static final MemberId GUEST = MemberId.of("visitor");

  static GroupProfile profile() {
    return ImmutableGroupProfile.builder()
        .name("Town Hall Diabetes Peer Group")
        .purpose("We share what helps us live well with diabetes.")
        .topic("type 1 and type 2 diabetes")
        .addFormats(MeetingFormat.FACE_TO_FACE, MeetingFormat.ONLINE)
        .openTo("anyone living with diabetes, and their families")
        .build();
  }

  static List<Clause> draft() {
    return List.of(
        Clause.of("confidential", "What is said in the group stays in the group."),
        Clause.of("sharing", "We share our own experience rather than give advice."),
        Clause.of("everyone-counts", "Everyone gets room to speak; no request is left hanging."));
  }

  static GroupCommand found() {
    return ImmutableFoundGroup.builder()
        .actor(ALICE)
        .profile(profile())
        .addFounders(
            FoundingMember.of("alice", "Alice"),
            FoundingMember.of("bob", "Bob"),
            FoundingMember.of("carol", "Carol"))
        .draft(draft())
        .build();
  }

  static GroupCommand endorse(MemberId founder, int revision) {
    return ImmutableEndorseFoundingGuidelines.builder().actor(founder).revision(revision).build();
  }

  /** The commands that found the group and adopt version 1. */
  static List<GroupCommand> founded() {
    return List.of(found(), endorse(ALICE, 1), endorse(BOB, 1), endorse(CAROL, 1));
  }

  static GroupCommand join(MemberId who, Standing standing, int version) {
    return ImmutableJoinGroup.builder()
        .actor(who)
        .displayName(who.value())
        .standing(standing)
        .acknowledgedVersion(version)
        .build();
  }

  static ProposalContent addClause(int baseVersion, String id, String text) {
    GuidelineChange add = ImmutableAddClause.builder().clause(Clause.of(id, text)).build();
    return ImmutableGuidelineAmendment.builder().baseVersion(baseVersion).addChange(add).build();
  }

  static GroupCommand draft(MemberId who, String id, ProposalContent content) {
    return ImmutableDraftProposal.builder()
        .actor(who)
        .proposalId(ProposalId.of(id))
        .title("Proposal " + id)
        .content(content)
        .build();
  }

  static GroupCommand open(MemberId who, String id) {
    return ImmutableOpenProposal.builder().actor(who).proposalId(ProposalId.of(id)).build();
  }

  static GroupCommand stance(MemberId who, String id, StanceKind kind, String reason) {
    ImmutableTakeStance.Builder b =
        ImmutableTakeStance.builder().actor(who).proposalId(ProposalId.of(id)).kind(kind);
    if (!reason.isEmpty()) {
      b.reason(reason);
    }
    return b.build();
  }

  static GroupCommand schedule(MemberId who, String id, Instant at) {
    return ImmutableScheduleSession.builder()
        .actor(who)
        .sessionId(SessionId.of(id))
        .scheduledFor(at)
        .format(MeetingFormat.HYBRID)
        .place("Town hall, room 2")
        .build();
  }

  static GroupCommand start(MemberId who, String id, MemberId... attendees) {
    return ImmutableStartSession.builder()
        .actor(who)
        .sessionId(SessionId.of(id))
        .addAttendees(attendees)
        .build();
  }

  static GroupCommand say(MemberId who, String session, ContributionKind kind, String text) {
    return ImmutableRecordContribution.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .kind(kind)
        .text(text)
        .build();
  }

  static GroupCommand found(GovernanceSettings governance) {
    return ImmutableFoundGroup.copyOf((FoundGroup) found()).withGovernance(governance);
  }

  /** The commands that found the group under given governance settings and adopt version 1. */
  static List<GroupCommand> founded(GovernanceSettings governance) {
    return List.of(found(governance), endorse(ALICE, 1), endorse(BOB, 1), endorse(CAROL, 1));
  }

  static GroupCommand revise(MemberId founder, int basedOn, List<Clause> draft) {
    return ImmutableReviseFoundingDraft.builder()
        .actor(founder)
        .basedOnRevision(basedOn)
        .draft(draft)
        .build();
  }

  static GroupCommand joinAdvisor(MemberId who, Affiliation affiliation, int version) {
    return ImmutableJoinGroup.builder()
        .actor(who)
        .displayName(who.value())
        .standing(Standing.ADVISOR)
        .affiliation(affiliation)
        .acknowledgedVersion(version)
        .build();
  }

  static GroupCommand leave(MemberId who) {
    return ImmutableLeaveGroup.builder().actor(who).build();
  }

  static GroupCommand forget(MemberId who) {
    return ImmutableForgetMember.builder().actor(who).build();
  }

  static ProposalContent amend(int baseVersion, GuidelineChange... changes) {
    return ImmutableGuidelineAmendment.builder()
        .baseVersion(baseVersion)
        .addChanges(changes)
        .build();
  }

  static ProposalContent logistics(String schedule) {
    return ImmutableLogisticsChange.builder()
        .meeting(ImmutableMeetingPlan.builder().schedule(schedule).place("Library").build())
        .build();
  }

  static ProposalContent standing(MemberId member, Standing standing) {
    return ImmutableMembershipChange.builder().member(member).standing(standing).build();
  }

  static ProposalContent removal(MemberId member) {
    return ImmutableMembershipChange.builder().member(member).remove(true).build();
  }

  static ProposalContent rotation(RotationPolicy policy) {
    return ImmutableLeadershipChange.builder().rotation(policy).build();
  }

  static ProposalContent mentors(MemberId... members) {
    return ImmutableLeadershipChange.builder().addMentorsToAdd(members).build();
  }

  static ProposalContent governance(GovernanceSettings base, GovernanceSettings settings) {
    return ImmutableGovernanceChange.builder().base(base).settings(settings).build();
  }

  static GroupCommand agree(MemberId who, String id) {
    return stance(who, id, StanceKind.AGREE, "");
  }

  static GroupCommand object(MemberId who, String id, String reason) {
    return stance(who, id, StanceKind.OBJECT, reason);
  }

  static GroupCommand comment(MemberId who, String id, String text, boolean recommendation) {
    return ImmutableCommentOnProposal.builder()
        .actor(who)
        .proposalId(ProposalId.of(id))
        .text(text)
        .recommendation(recommendation)
        .build();
  }

  static GroupCommand withdraw(MemberId who, String id) {
    return ImmutableWithdrawProposal.builder().actor(who).proposalId(ProposalId.of(id)).build();
  }

  static GroupCommand close(MemberId who, String id) {
    return ImmutableCloseProposal.builder().actor(who).proposalId(ProposalId.of(id)).build();
  }

  static GroupCommand decide(MemberId who, String id, boolean adopt) {
    return ImmutableCloseProposal.builder()
        .actor(who)
        .proposalId(ProposalId.of(id))
        .adopt(adopt)
        .build();
  }

  /** Drafts, opens, has every founder agree to, and closes a proposal of alice's. */
  static List<GroupCommand> adopted(String id, ProposalContent content) {
    return List.of(
        draft(ALICE, id, content),
        open(ALICE, id),
        agree(ALICE, id),
        agree(BOB, id),
        agree(CAROL, id),
        close(ALICE, id));
  }

  static GroupCommand volunteer(MemberId who, String session) {
    return ImmutableVolunteerToFacilitate.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .build();
  }

  static GroupCommand handOver(MemberId who, String session, MemberId to) {
    return ImmutableHandOverFacilitation.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .to(to)
        .build();
  }

  static GroupCommand attend(MemberId who, String session, MemberId member) {
    return ImmutableRecordAttendance.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .member(member)
        .build();
  }

  static GroupCommand reply(
      MemberId who, String session, ContributionKind kind, String text, int replyTo) {
    return ImmutableRecordContribution.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .kind(kind)
        .text(text)
        .replyTo(replyTo)
        .build();
  }

  static GroupCommand closeSession(MemberId who, String session) {
    return ImmutableCloseSession.builder().actor(who).sessionId(SessionId.of(session)).build();
  }

  // ---- polls ----

  static GroupCommand openPoll(
      MemberId who, String id, PollKind kind, Instant closesAt, String... options) {
    return ImmutableOpenPoll.builder()
        .actor(who)
        .pollId(PollId.of(id))
        .kind(kind)
        .question("Poll " + id + "?")
        .addOptions(options)
        .closesAt(closesAt)
        .build();
  }

  static GroupCommand answer(MemberId who, String id, int... choices) {
    return ImmutableAnswerPoll.builder()
        .actor(who)
        .pollId(PollId.of(id))
        .addChoices(choices)
        .build();
  }

  static GroupCommand score(MemberId who, String id, int... scores) {
    return ImmutableAnswerPoll.builder().actor(who).pollId(PollId.of(id)).addScores(scores).build();
  }

  static GroupCommand closePoll(MemberId who, String id) {
    return ImmutableClosePoll.builder().actor(who).pollId(PollId.of(id)).build();
  }
}
