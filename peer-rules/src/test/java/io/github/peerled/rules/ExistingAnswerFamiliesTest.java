package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A FAQ entry's terms are met by words of their family and by plain equivalents, not by any word
 * that begins the same: "scarring" is a scar word, "scared" is not; "career" is no car; "licence"
 * stands for driving, "hairpiece" for a wig, and a four-letter plural id ("wigs") meets its
 * singular. A related word ("car") counts with another term but never stands for the id alone.
 */
class ExistingAnswerFamiliesTest {

  private static GroupResources resources() {
    return GroupResources.custom()
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("scars")
                .title("Caring for scars")
                .addAllPhrases(List.of("scar care", "how to look after a scar", "silicone gel"))
                .link("faq/scars")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("driving")
                .title("Driving with narcolepsy")
                .addAllPhrases(List.of("can I drive", "tell the DVLA", "car insurance"))
                .link("faq/driving")
                .build())
        .addFaq(
            ImmutableFaqEntry.builder()
                .id("wigs")
                .title("Getting a wig on the NHS")
                .addAllPhrases(List.of("wig on prescription", "free wig", "NHS wig"))
                .link("faq/wigs")
                .build())
        .build();
  }

  private static List<Integer> flagged(String text) {
    return Fixtures.existingAnswerAt(resources(), "QUESTION", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Did anyone's kid get scared of all dogs after?",
        "Was anyone else scared to look in the mirror the first time?",
        "Has anyone's career plans changed because of it?",
        "Does anyone car share to placement? The bus takes me two hours.",
        "Has anyone been wiggling their toes to warm up?"
      })
  void should_leave_a_word_that_only_begins_like_a_term_or_a_related_word_alone(String text) {
    assertThat(flagged(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What do you lot put on your scarring, is there a gel?",
        "Will they take my licence off me if I tell them?",
        "Does the hospital pay for a hairpiece or do I buy my own?",
        "Did your doctor have to sign a form for the wig?",
        "How long before I can take the car out, do I tell the insurance?"
      })
  void should_meet_a_question_in_words_of_the_family_or_plain_equivalents(String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }
}
