package io.github.peerled.examples.bench;

import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark workload: a 50-member peer support group with an open session and an open proposal,
 * and a realistic mix of what its members do most: contributions to the session (two in three) and
 * stances on the proposal (one in three).
 */
final class BenchGroup {
  static final int MEMBERS = 50;
  static final Instant START = Instant.parse("2026-01-05T18:30:00Z");
  private static final MemberId ALICE = MemberId.of("alice");
  private static final String[] TEXTS = {
    "I checked my sugar before the walk and it helped me plan the snack.",
    "Last week was hard; I skipped my evening dose twice and felt it.",
    "What helped me was writing down how I felt after each meal.",
    "Thank you for sharing that, it sounds a lot like my first year.",
    "I found the night shifts made everything harder to keep track of.",
  };

  private BenchGroup() {}

  static MemberId member(int i) {
    return i == 0 ? ALICE : i == 1 ? MemberId.of("bob") : MemberId.of("m" + i);
  }

  /** Founds the group, adopts its guidelines, fills it to 50, opens session s1 and proposal p1. */
  static List<GroupCommand> setup() {
    List<GroupCommand> all = new ArrayList<>();
    all.add(
        FoundGroup.builder()
            .actor(ALICE)
            .profile(
                GroupProfile.builder()
                    .name("Town Hall Diabetes Peer Group")
                    .purpose("We share what helps us live well with diabetes.")
                    .topic("type 1 and type 2 diabetes")
                    .addFormats(MeetingFormat.FACE_TO_FACE, MeetingFormat.ONLINE)
                    .openTo("anyone living with diabetes, and their families")
                    .build())
            .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
            .draft(
                List.of(
                    Clause.of("confidential", "What is said in the group stays in the group."),
                    Clause.of("sharing", "We share our own experience rather than give advice.")))
            .build());
    for (int i = 0; i < 2; i++) {
      all.add(EndorseFoundingGuidelines.builder().actor(member(i)).revision(1).build());
    }
    for (int i = 2; i < MEMBERS; i++) {
      all.add(
          JoinGroup.builder()
              .actor(member(i))
              .member(member(i))
              .displayName("Member " + i)
              .standing(Standing.NEWCOMER)
              .acknowledgedVersion(1)
              .build());
    }
    all.add(
        ScheduleSession.builder()
            .actor(ALICE)
            .sessionId(SessionId.of("s1"))
            .scheduledFor(START.plusSeconds(3600))
            .format(MeetingFormat.HYBRID)
            .place("Town hall, room 2")
            .build());
    all.add(StartSession.builder().actor(ALICE).sessionId(SessionId.of("s1")).build());
    all.add(
        DraftProposal.builder()
            .actor(ALICE)
            .proposalId(ProposalId.of("p1"))
            .title("Everyone gets room to speak")
            .content(
                GuidelineAmendment.builder()
                    .baseVersion(1)
                    .addChange(
                        AddClause.builder()
                            .clause(Clause.of("room", "Everyone gets room to speak."))
                            .build())
                    .build())
            .build());
    all.add(OpenProposal.builder().actor(ALICE).proposalId(ProposalId.of("p1")).build());
    return all;
  }

  /** A seeded, repeating mix of contributions and stances. */
  static GroupCommand[] mix(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    GroupCommand[] mix = new GroupCommand[n];
    StanceKind[] kinds = {StanceKind.AGREE, StanceKind.AGREE, StanceKind.CONCERN};
    for (int i = 0; i < n; i++) {
      MemberId who = member(random.nextInt(MEMBERS));
      mix[i] =
          random.nextInt(3) < 2
              ? RecordContribution.builder()
                  .actor(who)
                  .sessionId(SessionId.of("s1"))
                  .kind(ContributionKind.SHARING)
                  .text(TEXTS[random.nextInt(TEXTS.length)])
                  .build()
              : TakeStance.builder()
                  .actor(who)
                  .proposalId(ProposalId.of("p1"))
                  .kind(kinds[random.nextInt(kinds.length)])
                  .build();
    }
    return mix;
  }
}
