package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question the group's FAQ answers is met by the words of an entry's phrase in other forms and
 * with other words between them, not only verbatim; a question that negates them, or a statement,
 * is left alone.
 */
class ExistingAnswerReadingTest {
  private static final String RULE = "existing-answer";

  private static List<Integer> flagged(String text) {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER A\n@member b MEMBER B\n10:00 a SHARING: Hello.\n"
                + "10:01 b QUESTION: "
                + text
                + "\n");
    return at(byRule(Fixtures.review(List.of(clause("f", "Point.", RULE)), t), RULE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "random one, but has anybody here ever flown abroad with their insulin pens?",
        "Going to my first adult diabetes clinic in May, what's it like?",
        "Anyone know what the move up to the adult diabetes clinics is like?"
      })
  void should_meet_a_question_the_faq_answers_in_other_words_and_forms(String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Has anyone been to the zoo with their kids this summer?",
        "Is it normal that I never flew anywhere after my diagnosis?",
        "My clinic is lovely. Do adults still get the same nurse?"
      })
  void should_leave_a_question_that_does_not_hold_an_entrys_words(String text) {
    assertThat(flagged(text)).as(text).isEmpty();
  }
}
