package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question about someone ("he", "she") that asks on from the sentence setting them up meets an
 * entry by the terms of both sentences: "My son lives for rugby. Can he still play?"; terms in two
 * sentences without a question about someone still do not. A stem ending in y keeps its family
 * ("play": "playing").
 */
class ExistingAnswerSetUpTest {

  private static GroupResources resources() {
    return GroupResources.custom()
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("sport-safety")
                .title("Which sports are safe with a shunt?")
                .addAllPhrases(List.of("sports are safe", "can i play rugby", "contact sports"))
                .link("faq/sport")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("pregnancy-checks")
                .title("What extra scans happen in pregnancy?")
                .addAllPhrases(List.of("scans in pregnancy", "pregnant with a shunt"))
                .link("faq/pregnancy")
                .build())
        .build();
  }

  private static List<Integer> flagged(String text) {
    return Fixtures.existingAnswerAt(resources(), "QUESTION", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My son lives for rugby. Can he still play now?",
        "My sister is pregnant again. What extra scans will she get?",
        "Rugby is his whole life. Is he allowed to keep playing?",
      })
  void should_meet_a_question_about_someone_by_the_terms_of_the_sentence_setting_them_up(
      String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I watched the rugby last night. Can anyone play cards on Friday?",
        "She was pregnant with twins. Did anyone see the news about the hospital?",
      })
  void should_leave_terms_in_two_sentences_without_a_question_asking_on(String text) {
    assertThat(flagged(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Is anyone still playing rugby after their op?", "Who plays rugby here?"})
  void should_read_a_stem_ending_in_y_in_its_inflections(String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }
}
