package io.github.peerled.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.rules.Finding;
import io.github.peerled.rules.GroupResources;
import io.github.peerled.rules.RuleFindings;
import io.github.peerled.rules.RuleGuards;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example, compiled and run; the README must show exactly this code. */
class ReadmeEmbeddingTest {
  private static final MemberId ALICE = MemberId.of("alice");
  private static final MemberId BOB = MemberId.of("bob");

  private final List<GuidelineVersionAdopted> adopted = new CopyOnWriteArrayList<>();
  private final List<Finding> shown = new CopyOnWriteArrayList<>();
  private final List<String> refused = new ArrayList<>();

  private void notifyMembers(GuidelineVersionAdopted e) {
    adopted.add(e);
  }

  private void showToFacilitator(Finding f) {
    shown.add(f);
  }

  private void tellMember(String problem) {
    refused.add(problem);
  }

  void embed(Path dir, List<GroupCommand> commands) {
    // README-BEGIN
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build();
        GroupRuntime runtime =
            GroupRuntime.builder().store(store).addGuard(RuleGuards.guidelineChanges()).build()) {
      runtime.eventPublisher().onGuidelineVersionAdopted(e -> notifyMembers(e));
      RuleFindings findings = RuleFindings.attach(runtime, groupId -> GroupResources.ofDefaults());
      findings.onFinding(f -> showToFacilitator(f));
      GroupHandle group = runtime.group(GroupId.of("town-hall-diabetes"));
      for (GroupCommand command : commands) { // founding, sessions, contributions, proposals...
        Submission s = group.submit(command);
        s.violations().forEach(v -> tellMember(v.describe())); // a rule guard refused it
      }
    } // closing waits for pending notifications (see "Closing" below)
    // README-END
  }

  private static List<GroupCommand> story() {
    List<GroupCommand> c = new ArrayList<>();
    c.add(
        ImmutableFoundGroup.builder()
            .actor(ALICE)
            .profile(
                ImmutableGroupProfile.builder()
                    .name("Town Hall Diabetes Peer Group")
                    .purpose("We share what helps us live well with diabetes.")
                    .topic("diabetes")
                    .addFormats(MeetingFormat.FACE_TO_FACE)
                    .openTo("anyone living with diabetes")
                    .build())
            .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
            .addDraft(
                Clause.bound(
                    "sharing",
                    "We share our own experience; we do not give advice.",
                    "sharing-not-advice"),
                Clause.bound(
                    "safety", "If someone is in crisis we stop and point to help.", "safety"),
                Clause.of("amend", "Any member may propose a change to our guidelines."))
            .build());
    for (MemberId founder : List.of(ALICE, BOB)) {
      c.add(ImmutableEndorseFoundingGuidelines.builder().actor(founder).revision(1).build());
    }
    SessionId s1 = SessionId.of("s1");
    c.add(
        ImmutableScheduleSession.builder()
            .actor(ALICE)
            .sessionId(s1)
            .scheduledFor(Instant.parse("2026-01-05T18:30:00Z"))
            .format(MeetingFormat.FACE_TO_FACE)
            .build());
    c.add(ImmutableStartSession.builder().actor(ALICE).sessionId(s1).build());
    c.add(
        ImmutableRecordContribution.builder()
            .actor(BOB)
            .sessionId(s1)
            .kind(ContributionKind.RESPONSE)
            .text("You should just stop eating bread, that is what works.")
            .build());
    c.add(
        ImmutableDraftProposal.builder()
            .actor(BOB)
            .proposalId(ProposalId.of("p1"))
            .title("Drop the safety clause")
            .content(
                ImmutableGuidelineAmendment.builder()
                    .baseVersion(1)
                    .addChange(
                        ImmutableRemoveClause.builder().clauseId(ClauseId.of("safety")).build())
                    .build())
            .build());
    return c;
  }

  @Test
  void should_guard_listen_and_review_as_the_readme_says(@TempDir Path dir) {
    embed(dir, story());

    assertThat(adopted).hasSize(1);
    assertThat(shown).extracting(Finding::ruleId).contains("sharing-not-advice");
    assertThat(refused)
        .singleElement()
        .asString()
        .startsWith("SAFETY_CLAUSE_REMOVED at $.changes[0]: ");
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build()) {
      assertThat(store.read(GroupId.of("town-hall-diabetes")))
          .anyMatch(e -> e instanceof ContributionRecorded)
          .noneMatch(e -> e instanceof ProposalDrafted); // refused: nothing appended
    }
  }

  @Test
  void should_show_exactly_this_code_in_the_readme() throws IOException {
    assertThat(ReadmeBlocks.readme()).contains(ReadmeBlocks.marked(ReadmeEmbeddingTest.class));
  }
}
