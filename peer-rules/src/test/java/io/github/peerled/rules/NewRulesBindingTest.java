package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.rules.validate.GuidelineValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewRulesBindingTest {
  @Test
  void should_bind_respectful_exchange_and_no_comparing_through_clauses() {
    RuleSet rules =
        Fixtures.ruleSet(
            List.of(
                clause("respect", "We speak with respect.", "respectful-exchange"),
                clause("numbers", "We don't compare numbers.", "no-comparing")));

    assertThat(rules.ruleIds()).containsExactly("respectful-exchange", "no-comparing");
    assertThat(RuleRegistry.ofDefaults().find("respectful-exchange").orElseThrow().parameters())
        .extracting(Parameter::name)
        .containsExactly("severity", "escalateAfter", "replyWindow");
    assertThat(RuleRegistry.ofDefaults().find("no-comparing").orElseThrow().parameters())
        .extracting(Parameter::name)
        .containsExactly("severity", "cooldown", "lookBack");
  }

  @Test
  void should_refuse_bad_parameters_of_the_new_rules_saying_where() {
    assertThatThrownBy(
            () ->
                Fixtures.ruleSet(
                    List.of(
                        clause(
                            "respect",
                            "We speak with respect.",
                            "respectful-exchange",
                            Map.of("escalateAfter", "0")),
                        clause(
                            "respect2",
                            "Respect.",
                            "respectful-exchange",
                            Map.of("severity", "loud")),
                        clause(
                            "numbers", "No comparing.", "no-comparing", Map.of("cooldown", "-1")),
                        clause("numbers2", "No.", "no-comparing", Map.of("window", "3")))))
        .isInstanceOfSatisfying(
            InvalidGuidelinesException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> ViolationCode.of(v).orElseThrow(), Violation::path)
                    .containsExactly(
                        tuple(
                            ViolationCode.INVALID_PARAMETER,
                            "$.clauses[0].rule.parameters.escalateAfter"),
                        tuple(
                            ViolationCode.INVALID_PARAMETER,
                            "$.clauses[1].rule.parameters.severity"),
                        tuple(
                            ViolationCode.INVALID_PARAMETER,
                            "$.clauses[2].rule.parameters.cooldown"),
                        tuple(
                            ViolationCode.UNKNOWN_PARAMETER,
                            "$.clauses[3].rule.parameters.window")))
        .hasMessageContaining("parameter 'escalateAfter' expects an integer in [1, 100], was '0'");
  }

  @Test
  void should_give_the_same_findings_one_by_one_as_in_a_batch_and_as_json() {
    RuleSet rules =
        Fixtures.ruleSet(
            List.of(
                clause("respect", "We speak with respect.", "respectful-exchange"),
                clause("numbers", "We don't compare numbers.", "no-comparing")));
    for (String name : List.of("mentors-falling-out", "comparing-numbers")) {
      Transcript t = Transcript.load(name);
      SessionReview review = rules.start(t.context());
      List<Finding> oneByOne = new ArrayList<>();
      for (Contribution c : t.contributions) {
        oneByOne.addAll(review.accept(c));
      }
      oneByOne.addAll(review.finish());

      assertThat(oneByOne).isNotEmpty().isEqualTo(rules.review(t.context(), t.contributions));
      for (Finding f : oneByOne) {
        assertThat(PeerledJson.read(PeerledJson.write(f), Finding.class, "finding")).isEqualTo(f);
      }
    }
  }

  @Test
  void should_let_a_proposed_change_bind_the_new_rules_and_refuse_bad_parameters() {
    GuidelineVersion v1 = Fixtures.version(1, Fixtures.allRules());
    GuidelineAmendment sound =
        ImmutableGuidelineAmendment.builder()
            .baseVersion(1)
            .addChanges(
                ImmutableAddClause.builder()
                    .clause(clause("respect", "We speak with respect.", "respectful-exchange"))
                    .build(),
                ImmutableAddClause.builder()
                    .clause(
                        clause(
                            "numbers",
                            "We don't compare numbers.",
                            "no-comparing",
                            Map.of("cooldown", "10", "lookBack", "2", "severity", "INFO")))
                    .build())
            .build();
    GuidelineAmendment bad =
        ImmutableGuidelineAmendment.builder()
            .baseVersion(1)
            .addChanges(
                ImmutableAddClause.builder()
                    .clause(
                        clause(
                            "respect",
                            "We speak with respect.",
                            "respectful-exchange",
                            Map.of("replyWindow", "many")))
                    .build())
            .build();

    assertThat(GuidelineValidator.ofDefaults().validate(sound, v1)).isEmpty();
    assertThat(GuidelineValidator.ofDefaults().validate(bad, v1))
        .extracting(v -> ViolationCode.of(v).orElseThrow(), Violation::path)
        .containsExactly(
            tuple(
                ViolationCode.INVALID_PARAMETER,
                "$.changes[0].clause.rule.parameters.replyWindow"));
  }
}
