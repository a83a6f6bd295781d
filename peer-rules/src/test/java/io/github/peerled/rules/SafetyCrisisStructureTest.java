package io.github.peerled.rules;

import static io.github.peerled.rules.SafetyCrisisTest.missed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crisis reading's rules of structure: words read in their chat spellings and inflections, a
 * sentence without a person read as its author's, means that add up to a method, and a sentence
 * about someone else read as no disclosure.
 */
class SafetyCrisisStructureTest {
  private final RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

  @Test
  void should_read_the_words_of_every_class_in_their_chat_spellings() {
    List<String> crisis =
        List.of("gonna end it 2nite, sorry ppl", "i wont b around much longer tbh");

    assertThat(missed(rules, crisis)).isEmpty();
  }

  @Test
  void should_read_a_means_in_a_sentence_without_a_person_as_the_authors_own() {
    List<String> crisis =
        List.of(
            "Bought a hose for the car exhaust. Tonight.",
            "Got the charcoal and the tape in the boot.",
            "Sat in the garage with the engine running again last night.");

    assertThat(missed(rules, crisis)).isEmpty();
  }

  @Test
  void should_read_an_ending_a_goodbye_in_deeds_and_living_on_denied_in_any_form() {
    List<String> crisis =
        List.of(
            "I keep dreaming about dying.",
            "I've found a new home for the rabbits and tied up the loose ends.",
            "I see no reason to carry on.");

    assertThat(missed(rules, crisis)).isEmpty();
  }

  @Test
  void should_not_read_talk_of_someone_else_or_a_preference_as_a_disclosure() {
    List<String> negatives =
        List.of(
            "If anyone here is feeling suicidal, please reach out to the crisis line.",
            "My uncle took an overdose in the nineties, the family never talked about it.",
            "I'd rather die than sing in public.");

    assertThat(missed(rules, negatives)).containsExactlyElementsOf(negatives);
  }
}
