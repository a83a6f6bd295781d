package io.github.peerled.core.engine;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.ImmutableAddClause;
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
}
