package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private final Transcript diabetes = Transcript.load("diabetes-evening");

  @Test
  void should_activate_one_rule_per_binding_clause_in_clause_order() {
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

    assertThat(rules.ruleIds())
        .containsExactly(
            "sharing-not-advice",
            "everyone-counts",
            "safety",
            "facilitator-not-expert",
            "peer-review",
            "existing-answer");
  }

  @Test
  void should_refuse_guidelines_with_unknown_rules_or_bad_parameters_saying_where() {
    assertThatThrownBy(
            () ->
                Fixtures.ruleSet(
                    List.of(
                        Clause.of("plain", "We are kind."),
                        clause("a", "A.", "no-such-rule"),
                        clause("b", "B.", "everyone-counts", Map.of("quietAfterTurns", "-1")),
                        clause("c", "C.", "safety", Map.of("colour", "blue")))))
        .isInstanceOfSatisfying(
            InvalidGuidelinesException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> ViolationCode.of(v).orElseThrow(), Violation::path)
                    .containsExactly(
                        tuple(ViolationCode.UNKNOWN_RULE, "$.clauses[1].rule.ruleId"),
                        tuple(
                            ViolationCode.INVALID_PARAMETER,
                            "$.clauses[2].rule.parameters.quietAfterTurns"),
                        tuple(
                            ViolationCode.UNKNOWN_PARAMETER,
                            "$.clauses[3].rule.parameters.colour")))
        .hasMessageContaining("known rules are sharing-not-advice, everyone-counts");
  }

  @Test
  void should_give_the_same_findings_one_by_one_as_in_a_batch() {
    RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());
    SessionReview review = rules.start(diabetes.context());
    List<Finding> oneByOne = new java.util.ArrayList<>();
    for (Contribution c : diabetes.contributions) {
      oneByOne.addAll(review.accept(c));
    }
    oneByOne.addAll(review.finish());

    assertThat(oneByOne).isEqualTo(rules.review(diabetes.context(), diabetes.contributions));
  }

  @Test
  void should_write_and_read_findings_as_json() {
    List<Finding> findings = Fixtures.review(Fixtures.allRules(), diabetes);

    for (Finding f : findings) {
      String json = PeerledJson.write(f);
      assertThat(PeerledJson.read(json, Finding.class, "finding")).isEqualTo(f);
    }
    assertThat(PeerledJson.write(findings.get(0)))
        .contains("\"ruleId\":\"sharing-not-advice\"", "\"clauseId\":\"sharing\"", "\"start\":0");
  }

  @Test
  void should_refuse_contributions_out_of_order_or_of_another_session() {
    SessionReview review = Fixtures.ruleSet(Fixtures.allRules()).start(diabetes.context());
    review.accept(diabetes.get(2));

    assertThatThrownBy(() -> review.accept(diabetes.get(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contributions must come in session order: 1 came after 2");
    Contribution other =
        ImmutableContribution.builder()
            .from(diabetes.get(3))
            .sessionId(SessionId.of("other"))
            .build();
    assertThatThrownBy(() -> review.accept(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is of session other");
    review.finish();
    assertThatThrownBy(() -> review.accept(diabetes.get(4)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_run_a_rule_the_host_registers() {
    Rule shout =
        new Rule() {
          @Override
          public String id() {
            return "no-shouting";
          }

          @Override
          public String description() {
            return "Flags text in capitals.";
          }

          @Override
          public List<Parameter<?>> parameters() {
            return List.of();
          }

          @Override
          public RuleSession startSession(RuleParameters p, GroupContext c, GroupResources r) {
            return (a, sink) -> {
              if (a.text().length() > 3
                  && a.text().equals(a.text().toUpperCase(java.util.Locale.ROOT))) {
                sink.report(sink.draft(Severity.INFO, SuggestedAction.PAUSE, "Shouting.").build());
              }
            };
          }
        };
    RuleRegistry registry = RuleRegistry.builder().addBuiltIns().add(shout).build();
    RuleSet rules =
        RuleSet.builder(Fixtures.version(1, List.of(clause("calm", "Calm.", "no-shouting"))))
            .registry(registry)
            .build();
    Transcript t = Transcript.parse("s", "@member a MEMBER A\n10:00 a OTHER: HELLO ALL\n");

    assertThat(rules.review(t.context(), t.contributions))
        .extracting(Finding::ruleId)
        .containsExactly("no-shouting");
  }

  @Test
  void should_refuse_a_number_as_the_detail_of_a_signpost() {
    String json = "{\"kind\":\"CRISIS\",\"label\":\"Samaritans\",\"detail\":3.5}";

    JsonInputException e =
        catchThrowableOfType(
            JsonInputException.class, () -> PeerledJson.read(json, Signpost.class, "signpost"));

    assertThat(e.path()).isEqualTo("$.detail");
    assertThat(e.reason()).isEqualTo("expected text, found 3.5");
  }
}
