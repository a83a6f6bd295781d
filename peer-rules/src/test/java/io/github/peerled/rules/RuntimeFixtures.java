package io.github.peerled.rules;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.List;

/** A peer support group run through the real runtime: its founding and its members' commands. */
final class RuntimeFixtures {
  static final MemberId ALICE = MemberId.of("alice");
  static final MemberId BOB = MemberId.of("bob");
  static final MemberId CAROL = MemberId.of("carol");
  static final Instant AT = Instant.parse("2026-01-05T18:30:00Z");

  private RuntimeFixtures() {}

  /** Guidelines binding the rules a session runs, with a safety clause and amendment procedure. */
  static List<Clause> guidelines() {
    return List.of(
        Clause.of("confidential", "What is said in the group stays in the group."),
        Fixtures.clause(
            "sharing",
            "We share our own experience; we don't tell each other what to do.",
            "sharing-not-advice"),
        Fixtures.clause(
            "everyone",
            "Everyone counts: no request for support is left hanging.",
            "everyone-counts"),
        Fixtures.clause(
            "safety", "If someone is in crisis we stop and make sure they get help.", "safety"),
        Clause.of("amend", "Any member may propose a change to our guidelines."));
  }

  static GroupCommand found(List<Clause> draft) {
    return ImmutableFoundGroup.builder()
        .actor(ALICE)
        .profile(
            ImmutableGroupProfile.builder()
                .name("Town Hall Diabetes Peer Group")
                .purpose("We share what helps us live well with diabetes.")
                .topic("diabetes")
                .addFormats(MeetingFormat.FACE_TO_FACE)
                .openTo("anyone living with diabetes")
                .build())
        .addFounders(
            FoundingMember.of("alice", "Alice"),
            FoundingMember.of("bob", "Bob"),
            FoundingMember.of("carol", "Carol"))
        .draft(draft)
        .build();
  }

  /** Founds the group with {@link #guidelines()}; all three founders endorse them. */
  static void found(GroupHandle g) {
    accept(g, found(guidelines()));
    for (MemberId m : List.of(ALICE, BOB, CAROL)) {
      accept(g, ImmutableEndorseFoundingGuidelines.builder().actor(m).revision(1).build());
    }
  }

  static Submission accept(GroupHandle g, GroupCommand c) {
    Submission s = g.submit(c);
    if (!s.isAccepted()) {
      throw new AssertionError("not accepted: " + c + ": " + s.rejection() + s.violations());
    }
    return s;
  }

  static GuidelineAmendment amendment(int base, GuidelineChange... changes) {
    return ImmutableGuidelineAmendment.builder().baseVersion(base).addChanges(changes).build();
  }

  static GroupCommand draft(String id, GuidelineAmendment content) {
    return ImmutableDraftProposal.builder()
        .actor(ALICE)
        .proposalId(ProposalId.of(id))
        .title("Proposal " + id)
        .content(content)
        .build();
  }

  static GroupCommand open(String id) {
    return ImmutableOpenProposal.builder().actor(ALICE).proposalId(ProposalId.of(id)).build();
  }

  static GroupCommand agree(MemberId who, String id) {
    return ImmutableTakeStance.builder()
        .actor(who)
        .proposalId(ProposalId.of(id))
        .kind(StanceKind.AGREE)
        .build();
  }

  static GroupCommand close(String id) {
    return ImmutableCloseProposal.builder().actor(ALICE).proposalId(ProposalId.of(id)).build();
  }

  static void startSession(GroupHandle g, String session) {
    accept(
        g,
        ImmutableScheduleSession.builder()
            .actor(ALICE)
            .sessionId(SessionId.of(session))
            .scheduledFor(AT)
            .format(MeetingFormat.FACE_TO_FACE)
            .build());
    accept(
        g, ImmutableStartSession.builder().actor(ALICE).sessionId(SessionId.of(session)).build());
  }

  static GroupCommand say(MemberId who, String session, ContributionKind kind, String text) {
    return ImmutableRecordContribution.builder()
        .actor(who)
        .sessionId(SessionId.of(session))
        .kind(kind)
        .text(text)
        .build();
  }

  /** Closes a session, by its facilitator (facilitation rotates). */
  static GroupCommand closeSession(GroupHandle g, String session) {
    SessionId id = SessionId.of(session);
    MemberId facilitator = g.state().session(id).orElseThrow().facilitator().orElseThrow();
    return ImmutableCloseSession.builder().actor(facilitator).sessionId(id).build();
  }
}
