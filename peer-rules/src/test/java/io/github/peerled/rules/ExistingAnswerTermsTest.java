package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question the FAQ answers is met by the entry's own terms, not only by one of its phrases: two
 * of its core terms (a word of its id or of one of its phrases) in one question sentence, or its
 * one-word id. One core term alone, a term the entry only mentions in passing, core terms in two
 * sentences, or a statement is not enough.
 */
class ExistingAnswerTermsTest {

  private static GroupResources resources() {
    return GroupResources.custom()
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("pump-phone")
                .title("Which phone works with the pump app?")
                .addAllPhrases(
                    List.of("which phone for the pump", "compatible phones", "pump app phone"))
                .link("docs/phones")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("basal")
                .title("What is basal testing?")
                .addAllPhrases(List.of("what is basal testing", "basal test explained"))
                .link("docs/basal")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("sick-day")
                .title("What are the sick day rules?")
                .addAllPhrases(
                    List.of("sick day rules", "what to do when ill", "ketones and fever"))
                .link("card/sick-days")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("phased-return")
                .title("Asking for a phased return")
                .addAllPhrases(List.of("phased return", "going back to work gradually"))
                .link("docs/return")
                .build())
        .build();
  }

  private static List<Integer> flagged(String text) {
    return Fixtures.existingAnswerAt(resources(), "SHARING", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Will the pump talk to an old Android phone, anyone know?",
        "Does the app run on any phone or only the newer ones?",
        "sorry if this is a daft one but what does basal actually mean?",
        "My daughter had a temperature all weekend. What do we do on sick days, is there a list?",
        "How many days of being sick before you ring the team, is that in the rules somewhere?",
        "Does anyone know how to ask for going back gradually? HR said full time or nothing."
      })
  void should_meet_a_question_by_two_core_terms_of_an_entry_or_its_one_word_id(String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Did anyone else's phone die overnight?",
        "What day is the next meet-up?",
        "I did basal testing last week and it was grim.",
        "My phone died at the weekend. Is the pump still ok on its own?",
        "Anyone else had a fever this week?",
        "Is the app down for everyone?",
        "Is anyone going to the meet-up on Friday?"
      })
  void should_leave_one_core_term_a_passing_term_two_sentences_or_a_statement(String text) {
    assertThat(flagged(text)).as(text).isEmpty();
  }
}
