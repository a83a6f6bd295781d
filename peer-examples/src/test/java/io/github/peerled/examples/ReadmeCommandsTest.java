package io.github.peerled.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceChange;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.LogisticsChange;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MeetingPlan;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's tour of the commands, compiled and run; the README must show exactly this code. */
class ReadmeCommandsTest {
  private final GroupEngine engine = GroupEngine.ofDefaults();
  private final MemberId alice = MemberId.of("alice");
  private Rejection rejected;

  /** The quick start's group, founded by alice and bob, with version 1 of its guidelines. */
  private GroupState founded() {
    GroupState group = GroupState.initial(GroupId.of("town-hall-diabetes"));
    GroupProfile profile =
        GroupProfile.builder()
            .name("Town Hall Diabetes Peer Group")
            .purpose("We share what helps us live well with diabetes.")
            .topic("diabetes")
            .addFormats(MeetingFormat.ONLINE)
            .openTo("anyone living with diabetes")
            .build();
    group =
        engine
            .apply(
                group,
                FoundGroup.builder()
                    .actor(alice)
                    .profile(profile)
                    .addFounders(
                        FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
                    .addDraft(Clause.of("sharing", "We share our own experience."))
                    .build())
            .state();
    for (String founder : new String[] {"alice", "bob"}) {
      group =
          engine
              .apply(
                  group,
                  EndorseFoundingGuidelines.builder()
                      .actor(MemberId.of(founder))
                      .revision(1)
                      .build())
              .state();
    }
    return group;
  }

  GroupState tour(GroupState founded) {
    GroupState group = founded;
    // README-BEGIN
    // a newcomer joins in their own name, acknowledging the guideline version in force
    var carol = MemberId.of("carol");
    group = engine.apply(group, JoinGroup.of(carol, group.guidelineVersionNumber())).state();
    var tuesdays = ProposalId.of("tuesdays");
    var draft =
        DraftProposal.builder()
            .actor(alice)
            .proposalId(tuesdays)
            .title("Meet on Tuesdays")
            .content(LogisticsChange.of(MeetingPlan.of("Tuesdays at 7 pm")))
            .build();
    var open = OpenProposal.builder().actor(alice).proposalId(tuesdays).build();
    group = engine.apply(engine.apply(group, draft).state(), open).state();
    // logistics are decided by majority, where a plain "no" needs no reason
    var no =
        TakeStance.builder()
            .actor(MemberId.of("bob"))
            .proposalId(tuesdays)
            .kind(StanceKind.DISAGREE)
            .build();
    group = engine.apply(group, no).state();
    // a command in the wrong state is rejected with typed states
    Rejection again = engine.decide(group, open).rejection().orElseThrow();
    System.out.println(again.currentState().orElseThrow()); // OPEN, a ProposalStatus
    // a governance change patches the settings in force
    GovernanceSettings inForce = group.governance();
    var byConsent =
        GovernanceChange.of(
            inForce,
            inForce
                .patch()
                .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.consent())
                .build());
    // README-END
    rejected = again;
    return engine
        .apply(
            group,
            DraftProposal.builder()
                .actor(alice)
                .proposalId(ProposalId.of("by-consent"))
                .title("Decide logistics by consent")
                .content(byConsent)
                .build())
        .state();
  }

  @Test
  void should_join_disagree_reject_and_patch_as_the_readme_says() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    GroupState group;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      group = tour(founded());
    } finally {
      System.setOut(out);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines("OPEN");
    assertThat(group.member(MemberId.of("carol"))).isPresent();
    assertThat(group.proposal(ProposalId.of("tuesdays")).orElseThrow().stanceOf(MemberId.of("bob")))
        .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(StanceKind.DISAGREE));
    assertThat(rejected.currentState()).contains(ProposalStatus.OPEN);
    assertThat(rejected.expectedStates()).containsExactly(ProposalStatus.DRAFT);
    assertThat(group.proposal(ProposalId.of("by-consent"))).isPresent();
  }

  @Test
  void should_show_exactly_this_code_in_the_readme() throws IOException {
    assertThat(ReadmeBlocks.readme()).contains(ReadmeBlocks.marked(ReadmeCommandsTest.class));
  }
}
