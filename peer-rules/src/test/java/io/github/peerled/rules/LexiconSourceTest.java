package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.SentenceClassification;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  /** A stand-in for a Dutch detector: advice when a text says "je moet". */
  private static final ContributionClassifier DUTCH =
      new ContributionClassifier() {
        @Override
        public Classification classify(CharSequence text) {
          String s = text.toString();
          int at = s.toLowerCase(Locale.ROOT).indexOf("je moet");
          return at < 0
              ? new Classification(Label.SHARING, 0.9, List.of())
              : new Classification(
                  Label.ADVICE,
                  0.9,
                  List.of(
                      new EvidenceSpan(
                          at, at + 7, Label.ADVICE, "je-moet", s.substring(at, at + 7))));
        }

        @Override
        public List<SentenceClassification> classifySentences(CharSequence text) {
          return List.of(new SentenceClassification(0, text.length(), classify(text)));
        }
      };

  private static RuleSet.Builder dutchRules() {
    return RuleSet.builder(
            Fixtures.version(
                1, List.of(clause("delen", "Wij delen ervaring.", "sharing-not-advice"))))
        .resources(GroupResources.custom().language("nl").build())
        .lexicons(dutch());
  }

  @Test
  void should_add_a_language_with_its_lexicons_and_a_classifier() {
    // the rules read the Dutch cue lexicons; advice comes from the classifier the host sets
    RuleSet rules = dutchRules().classifier(DUTCH).build();
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
  void should_say_when_a_language_has_neither_a_classifier_nor_detector_resources() {
    assertThatThrownBy(() -> dutchRules().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no advice/sharing classifier for language 'nl'")
        .hasMessageContaining("META-INF/peerled/lexicon/nl/");
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
                    .classifier(DUTCH)
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
