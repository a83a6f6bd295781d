package io.github.peerled.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.ImmutableLogisticsChange;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableRuleBinding;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.ViolationCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GuidelineValidatorTest {
  private final GuidelineValidator validator = GuidelineValidator.ofDefaults();

  private static Clause clause(String id, String text, String rule) {
    return ImmutableClause.builder()
        .id(ClauseId.of(id))
        .text(text)
        .rule(RuleBinding.of(rule))
        .build();
  }

  private static final GuidelineVersion V2 =
      ImmutableGuidelineVersion.builder()
          .number(2)
          .effectiveAt(Instant.parse("2025-01-01T00:00:00Z"))
          .addClause(clause("share", "We share, we don't advise.", "sharing-not-advice"))
          .addClause(clause("safe", "We keep each other safe.", "safety"))
          .addClause(Clause.of("amend", "Any member may propose a change to our guidelines."))
          .build();

  private static GuidelineAmendment amend(int base, GuidelineChange... changes) {
    return ImmutableGuidelineAmendment.builder().baseVersion(base).addChanges(changes).build();
  }

  private static List<Tuple> codesAndPaths(List<Violation> v) {
    return v.stream().map(x -> tuple(ViolationCode.of(x).orElseThrow(), x.path())).toList();
  }

  @Test
  void should_accept_a_sound_change() {
    GuidelineAmendment a =
        amend(
            2,
            ImmutableAddClause.builder()
                .clause(clause("everyone", "Everyone counts.", "everyone-counts"))
                .build());

    assertThat(validator.validate(a, V2)).isEmpty();
    assertThat(validator.validate(V2)).isEmpty();
  }

  @Test
  void should_report_unknown_rules_and_bad_parameters_at_their_json_path() {
    GuidelineAmendment a =
        amend(
            2,
            ImmutableAddClause.builder().clause(clause("x", "X.", "no-such-rule")).build(),
            ImmutableAmendClause.builder()
                .clauseId(ClauseId.of("share"))
                .rule(
                    ImmutableRuleBinding.builder()
                        .ruleId("sharing-not-advice")
                        .parameters(Map.of("minConfidence", "1.5"))
                        .build())
                .build());

    List<Violation> v = validator.validate(a, V2);

    assertThat(codesAndPaths(v))
        .containsExactly(
            tuple(ViolationCode.UNKNOWN_RULE, "$.changes[0].clause.rule.ruleId"),
            tuple(ViolationCode.INVALID_PARAMETER, "$.changes[1].rule.parameters.minConfidence"));
    assertThat(v.get(1).message())
        .isEqualTo(
            "rule 'sharing-not-advice': parameter 'minConfidence' expects a number in [0.0, 1.0],"
                + " was '1.5'");
  }

  @Test
  void should_report_a_stale_base_and_a_change_that_does_not_fit() {
    GuidelineAmendment a =
        amend(1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("gone")).build());

    assertThat(codesAndPaths(validator.validate(a, V2)))
        .containsExactly(
            tuple(ViolationCode.BASE_VERSION_CONFLICT, "$.baseVersion"),
            tuple(ViolationCode.INVALID_CHANGE, "$.changes[0]"));
  }

  @Test
  void should_flag_dropping_the_safety_clause_or_its_rule() {
    GuidelineAmendment remove =
        amend(2, ImmutableRemoveClause.builder().clauseId(ClauseId.of("safe")).build());
    GuidelineAmendment unbind =
        amend(
            2,
            ImmutableAmendClause.builder().clauseId(ClauseId.of("safe")).removeRule(true).build());

    assertThat(codesAndPaths(validator.validate(remove, V2)))
        .containsExactly(tuple(ViolationCode.SAFETY_CLAUSE_REMOVED, "$.changes[0]"));
    assertThat(codesAndPaths(validator.validate(unbind, V2)))
        .containsExactly(tuple(ViolationCode.SAFETY_CLAUSE_REMOVED, "$.changes[0]"));
  }

  @Test
  void should_flag_removing_the_groups_own_amendment_procedure() {
    GuidelineAmendment a =
        amend(2, ImmutableRemoveClause.builder().clauseId(ClauseId.of("amend")).build());

    assertThat(codesAndPaths(validator.validate(a, V2)))
        .containsExactly(tuple(ViolationCode.AMENDMENT_PROCEDURE_REMOVED, "$.changes[0]"));
  }

  @Test
  void should_flag_handing_decisions_to_outsiders() {
    GuidelineAmendment a =
        amend(
            2,
            ImmutableAmendClause.builder()
                .clauseId(ClauseId.of("amend"))
                .text("Changes to our guidelines must be approved by the clinic.")
                .build());

    List<Violation> v = validator.validate(a, V2);

    assertThat(codesAndPaths(v))
        .containsExactly(tuple(ViolationCode.DECISIONS_TO_OUTSIDERS, "$.changes[0].text"));
    assertThat(v.get(0).message()).startsWith("\"must be approved by the clinic\"");
  }

  @Test
  void should_have_nothing_to_say_about_other_proposals() {
    assertThat(
            validator.validate(
                ImmutableLogisticsChange.builder()
                    .meeting(
                        io.github.peerled.core.group.ImmutableMeetingPlan.builder()
                            .schedule("Tuesdays at 7pm")
                            .build())
                    .build(),
                V2))
        .isEmpty();
  }

  @Test
  void should_write_violations_as_json_and_read_them_back() {
    Violation v = ViolationCode.UNKNOWN_RULE.at("$.clauses[0].rule.ruleId", "no");

    String json = PeerledJson.write(v);

    assertThat(json)
        .isEqualTo(
            "{\"code\":\"UNKNOWN_RULE\",\"path\":\"$.clauses[0].rule.ruleId\",\"message\":\"no\","
                + "\"reason\":\"INVALID\"}");
    assertThat(PeerledJson.read(json, Violation.class, "test")).isEqualTo(v);
  }
}
