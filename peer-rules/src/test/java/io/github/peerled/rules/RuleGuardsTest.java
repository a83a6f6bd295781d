package io.github.peerled.rules;

import static io.github.peerled.rules.RuntimeFixtures.ALICE;
import static io.github.peerled.rules.RuntimeFixtures.BOB;
import static io.github.peerled.rules.RuntimeFixtures.CAROL;
import static io.github.peerled.rules.RuntimeFixtures.accept;
import static io.github.peerled.rules.RuntimeFixtures.agree;
import static io.github.peerled.rules.RuntimeFixtures.amendment;
import static io.github.peerled.rules.RuntimeFixtures.close;
import static io.github.peerled.rules.RuntimeFixtures.draft;
import static io.github.peerled.rules.RuntimeFixtures.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.runtime.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuleGuardsTest {
  private final GroupRuntime runtime =
      GroupRuntime.builder().addGuard(RuleGuards.guidelineChanges()).build();
  private final GroupHandle group = runtime.group(GroupId.of("town-hall"));

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private Submission refused(GroupCommand command) {
    long before = group.version();
    int events = runtime.store().read(group.id()).size();
    Submission s = group.submit(command);
    assertThat(s.status()).isEqualTo(Submission.Status.VIOLATION);
    assertThat(s.events()).isEmpty();
    assertThat(group.version()).isEqualTo(before);
    assertThat(runtime.store().read(group.id())).hasSize(events);
    return s;
  }

  private static List<Object> codesAndPaths(Submission s) {
    List<Object> out = new ArrayList<>();
    for (Violation v : s.violations()) {
      out.add(tuple(ViolationCode.of(v).orElseThrow(), v.path()));
    }
    return out;
  }

  @Test
  void should_refuse_a_draft_that_binds_an_unknown_rule_or_bad_parameters_when_it_is_proposed() {
    RuntimeFixtures.found(group);

    Submission s =
        refused(
            draft(
                "p1",
                amendment(
                    1,
                    ImmutableAddClause.builder()
                        .clause(Fixtures.clause("kind", "We are kind.", "no-such-rule"))
                        .build(),
                    ImmutableAmendClause.builder()
                        .clauseId(ClauseId.of("everyone"))
                        .rule(
                            Fixtures.clause(
                                    "x", "x", "everyone-counts", Map.of("quietAfterTurns", "-1"))
                                .rule()
                                .orElseThrow())
                        .build())));

    assertThat(codesAndPaths(s))
        .containsExactly(
            tuple(ViolationCode.UNKNOWN_RULE, "$.changes[0].clause.rule.ruleId"),
            tuple(ViolationCode.INVALID_PARAMETER, "$.changes[1].rule.parameters.quietAfterTurns"));
    assertThat(s.rejection().orElseThrow().reason()).isEqualTo(RejectionReason.INVALID);
    assertThat(s.rejection().orElseThrow().message())
        .startsWith("UNKNOWN_RULE at $.changes[0].clause.rule.ruleId: ");
    assertThat(group.state().proposal(ProposalId.of("p1"))).isEmpty();
  }

  @Test
  void should_refuse_changes_that_take_away_the_groups_own_protections() {
    RuntimeFixtures.found(group);

    Submission safety =
        refused(
            draft(
                "p1",
                amendment(
                    1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("safety")).build())));
    Submission procedure =
        refused(
            draft(
                "p2",
                amendment(
                    1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("amend")).build())));
    Submission outsiders =
        refused(
            draft(
                "p3",
                amendment(
                    1,
                    ImmutableAddClause.builder()
                        .clause(
                            Clause.of(
                                "clinic",
                                "Changes to our guidelines must be approved by the clinic."))
                        .build())));

    assertThat(codesAndPaths(safety))
        .containsExactly(tuple(ViolationCode.SAFETY_CLAUSE_REMOVED, "$.changes[0]"));
    assertThat(codesAndPaths(procedure))
        .containsExactly(tuple(ViolationCode.AMENDMENT_PROCEDURE_REMOVED, "$.changes[0]"));
    assertThat(codesAndPaths(outsiders))
        .containsExactly(tuple(ViolationCode.DECISIONS_TO_OUTSIDERS, "$.changes[0].clause.text"));
    assertThat(List.of(safety, procedure, outsiders))
        .allSatisfy(
            s ->
                assertThat(s.rejection().orElseThrow().reason())
                    .isEqualTo(RejectionReason.NOT_PERMITTED));
  }

  @Test
  void should_let_a_sound_amendment_through_from_draft_to_adoption() {
    RuntimeFixtures.found(group);

    accept(
        group,
        draft(
            "p1",
            amendment(
                1,
                ImmutableAddClause.builder()
                    .clause(Clause.of("tea", "We take a tea break halfway."))
                    .build())));
    accept(group, open("p1"));
    for (var m : List.of(ALICE, BOB, CAROL)) {
      accept(group, agree(m, "p1"));
    }
    accept(group, close("p1"));

    assertThat(group.state().guidelinesInForce().orElseThrow().number()).isEqualTo(2);
    assertThat(group.state().guidelinesInForce().orElseThrow().clauses())
        .extracting(c -> c.id().value())
        .contains("tea");
  }

  @Test
  void should_check_a_draft_again_when_it_is_opened() {
    RuntimeFixtures.found(group);
    try (GroupRuntime unguarded = GroupRuntime.builder().store(runtime.store()).build()) {
      // A draft written before the host installed the guard (or by another runtime).
      accept(
          unguarded.group(group.id()),
          draft(
              "p1",
              amendment(
                  1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("safety")).build())));
    }
    try (GroupRuntime reopened =
        GroupRuntime.builder()
            .store(runtime.store())
            .addGuard(RuleGuards.guidelineChanges())
            .build()) {
      GroupHandle g = reopened.group(group.id());
      long before = g.version();

      Submission s = g.submit(open("p1"));

      assertThat(s.status()).isEqualTo(Submission.Status.VIOLATION);
      assertThat(s.violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.SAFETY_CLAUSE_REMOVED.name());
      assertThat(g.version()).isEqualTo(before);
    }
  }

  @Test
  void should_refuse_a_founding_draft_with_bad_rule_bindings() {
    List<Clause> draft = new ArrayList<>(RuntimeFixtures.guidelines());
    draft.set(1, Fixtures.clause("sharing", "We share.", "sharing-not-advice", Map.of("x", "1")));

    Submission s = refused(RuntimeFixtures.found(draft));

    assertThat(codesAndPaths(s))
        .containsExactly(tuple(ViolationCode.UNKNOWN_PARAMETER, "$.draft[1].rule.parameters.x"));
    assertThat(group.state().isFounded()).isFalse();
  }

  @Test
  void should_refuse_a_revision_that_removes_the_safety_clause_when_it_is_proposed() {
    RuntimeFixtures.found(group);
    accept(
        group,
        draft(
            "p1",
            amendment(1, ImmutableAddClause.builder().clause(Clause.of("tea", "Tea.")).build())));
    accept(group, open("p1"));
    long before = group.version();

    Submission s =
        refused(
            ReviseProposal.builder()
                .actor(ALICE)
                .proposalId(ProposalId.of("p1"))
                .content(
                    amendment(
                        1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("safety")).build()))
                .build());

    assertThat(s.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.SAFETY_CLAUSE_REMOVED.name());
    assertThat(group.version()).isEqualTo(before);
    assertThat(group.state().proposal(ProposalId.of("p1")).orElseThrow().revision()).isEqualTo(1);
  }
}
