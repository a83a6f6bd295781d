package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconSourceTest {
  private static final List<String> LISTS =
      List.of(
          "directive",
          "advice-question",
          "imperative",
          "neutral",
          "first-person",
          "second-person",
          "generic-you",
          "reported",
          "sarcasm",
          "question",
          "medical-term",
          "medical-instruction",
          "crisis",
          "graphic",
          "trauma",
          "attack",
          "contempt",
          "attack-link",
          "possessive",
          "not-attack",
          "comparing",
          "not-comparing",
          "measure");

  private static LexiconSource dutch() {
    Map<String, List<String>> lists = new HashMap<>();
    for (String l : LISTS) {
      lists.put("nl/" + l, List.of());
    }
    lists.put("nl/directive", List.of("je moet", "je zou moeten", "als ik jou was"));
    lists.put("nl/first-person", List.of("ik", "mijn"));
    lists.put("nl/crisis", List.of("zelfmoord*", "dood willen"));
    return LexiconSource.of(lists);
  }

  @Test
  void should_add_a_language_with_data_only() {
    // no detector for Dutch: the rule set reads advice from the Dutch cue lexicons
    RuleSet rules =
        RuleSet.builder(
                Fixtures.version(
                    1, List.of(clause("delen", "Wij delen ervaring.", "sharing-not-advice"))))
            .resources(GroupResources.custom().language("nl").build())
            .lexicons(dutch())
            .build();
    Transcript t =
        Transcript.parse(
            "s",
            """
                @member a MEMBER Anke
                10:00 a SHARING: Ik heb mijn pomp nu een jaar.
                10:01 a RESPONSE: Je moet echt een pomp vragen.
                10:02 a SHARING: Soms denk ik aan zelfmoord.
                """);

    List<Finding> f = rules.review(t.context(), t.contributions);

    assertThat(f).extracting(Finding::ruleId).containsExactly("sharing-not-advice", "safety");
    assertThat(f).extracting(Finding::contribution).containsExactly(2, 3);
  }

  @Test
  void should_say_which_lexicon_is_missing() {
    assertThatThrownBy(
            () ->
                RuleSet.builder(
                        Fixtures.version(
                            1, List.of(clause("s", "Partager.", "sharing-not-advice"))))
                    .resources(GroupResources.custom().language("fr").build())
                    .lexicons(LexiconSource.of(Map.of()))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no lexicon 'directive' for language 'fr'");
  }

  @Test
  void should_read_the_built_in_english_lists() {
    assertThat(LexiconSource.builtIn().phrases("en", "directive").orElseThrow())
        .contains("you should");
    assertThat(LexiconSource.builtIn().phrases("xx", "directive")).isEmpty();
  }
}
