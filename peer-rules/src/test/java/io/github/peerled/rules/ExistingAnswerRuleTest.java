package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExistingAnswerRuleTest {
  private static final String RULE = "existing-answer";
  private final Transcript forum = Transcript.load("mentoring-forum");

  @Test
  void should_point_questions_to_the_answers_already_written() {
    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), forum), RULE);

    // 4 mentions the adult clinic too, but it is an answer, not a question.
    assertThat(at(f)).containsExactly(1, 3);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.POINT_TO_EXISTING_DOCUMENTATION);
    assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(f.get(0).signposts())
        .extracting(s -> s.detail().orElse(""))
        .containsExactly("guides/flying");
    assertThat(f.get(1).message()).contains("Moving to adult clinic");
  }

  @Test
  void should_need_as_many_phrases_as_the_group_asks() {
    List<Finding> f =
        byRule(
            Fixtures.review(
                List.of(clause("faq", "Point.", RULE, Map.of("minPhraseMatches", "2"))), forum),
            RULE);

    assertThat(at(f)).containsExactly(1, 3); // both match two phrases of their entry
    assertThat(
            byRule(
                Fixtures.review(
                    List.of(clause("faq", "Point.", RULE, Map.of("minPhraseMatches", "3"))), forum),
                RULE))
        .isEmpty();
  }

  @Test
  void should_point_any_contribution_when_not_limited_to_questions() {
    List<Finding> f =
        byRule(
            Fixtures.review(
                List.of(clause("faq", "Point.", RULE, Map.of("questionsOnly", "false"))), forum),
            RULE);

    assertThat(at(f)).containsExactly(1, 3, 4);
  }
}
