package io.github.peerled.rules;

import static io.github.peerled.rules.SafetyCrisisTest.lines;
import static io.github.peerled.rules.SafetyCrisisTest.missed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crisis reading on words it was not given: classes combined, not phrases listed. */
class SafetyCrisisReadingTest {
  private final RuleSet rules = Fixtures.ruleSet(Fixtures.allRules());

  @Test
  void should_meet_crisis_said_in_new_words_of_every_class() {
    List<String> crisis = lines("crisis-reading.txt");

    assertThat(crisis).hasSizeGreaterThanOrEqualTo(40);
    assertThat(missed(rules, crisis)).isEmpty();
  }

  @Test
  void should_stay_quiet_on_idioms_ordinary_goodbyes_everyday_means_and_a_recovered_past() {
    List<String> negatives = lines("not-crisis-reading.txt");

    assertThat(negatives).hasSizeGreaterThanOrEqualTo(30);
    assertThat(missed(rules, negatives)).containsExactlyElementsOf(negatives);
  }

  @Test
  void should_not_let_hedges_negation_or_a_past_cancel_a_present_crisis() {
    List<String> crisis =
        List.of(
            "tbh maybe i just kinda want to die sometimes",
            "I'm not okay. I don't want to be here anymore.",
            "Years ago I got through it, but tonight I'm going to take all my pills.",
            "I used to be in a better place, but lately I want to end it again.",
            "I'm not being dramatic, I really don't want to wake up tomorrow.");

    assertThat(missed(rules, crisis)).isEmpty();
  }
}
