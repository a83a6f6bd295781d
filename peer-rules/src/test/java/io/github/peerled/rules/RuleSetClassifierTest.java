package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import io.github.peerled.rules.detect.EvidenceSpan;
import io.github.peerled.rules.detect.Label;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hard cases of the classifier the rules read: the detector, by default. */
class RuleSetClassifierTest {
  private static final RuleSet RULES =
      RuleSet.builder(
              Fixtures.version(
                  1, List.of(clause("s", "Share, don't advise.", "sharing-not-advice"))))
          .build();
  private final ContributionClassifier classifier = RULES.classifier();

  @Test
  void should_read_the_default_detector_unless_told_otherwise() {
    assertThat(classifier).isSameAs(Detectors.defaultDetector());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // direct advice
        "You should get a CGM, they're brilliant.|ADVICE",
        "If I were you I'd ask for a referral.|ADVICE",
        "You need to tell your manager about the hypos.|ADVICE",
        "Try cutting out bread for a week.|ADVICE",
        "Honestly, try a smaller needle.|ADVICE",
        // advice phrased as a question
        "Why don't you push for a pump?|ADVICE",
        "Have you tried asking your nurse about it?|ADVICE",
        // sharing that mentions you
        "You know how it is when you have to explain it all again. I just laugh now.|SHARING",
        "You know what it's like, you need to be ready for anything and I never am.|SHARING",
        // quoting or reporting someone else's advice
        "My nurse said \"you should always carry glucose\" and I found that useful.|SHARING",
        "I was told you have to wait six months before they'll review it.|SHARING",
        // sarcasm about advice received
        "Oh sure, just eat less sugar, that'll fix everything.|OTHER",
        // own experience, including the facilitator's
        "I'll share what happened to me: I stopped checking at night and it got worse.|SHARING",
        "I take 14 units of Lantus at night and 6 with meals.|SHARING",
        // questions to the group
        "Has anyone flown with insulin?|QUESTION",
        "Does anyone else get weird highs after pizza?|QUESTION",
        // kindness that opens like an imperative
        "Take care everyone, see you next week.|OTHER",
      })
  void should_label_peer_support_texts(String text, Label expected) {
    Classification c = classifier.classify(text);

    assertThat(c.label()).as("%s (evidence %s)", text, c.evidence()).isEqualTo(expected);
  }

  /**
   * Bare reassurance that opens like a negative imperative is reassurance, not advice: a cue that
   * reads "don't worry" as reassurance covers the words the negative imperative would have read.
   * Evidence shows only the cues the model weighs for their own label, so which of the overlapping
   * cues ("reassure", "affirm") is shown follows the trained weights.
   */
  @Test
  void should_read_bare_reassurance_as_other() {
    Classification c = classifier.classify("Don't worry about it.");

    assertThat(c.label()).isEqualTo(Label.OTHER);
    assertThat(c.evidence())
        .extracting(EvidenceSpan::cue)
        .containsAnyOf("reassure", "affirm")
        .doesNotContain("neg-imperative");
  }

  @Test
  void should_give_the_advice_spans_as_evidence() {
    String text = "Great news. You should get a CGM. Make sure you set the alarm.";

    Classification c = classifier.classify(text);

    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::text)
        .contains("You should", "Make sure");
    assertThat(c.supportingEvidence())
        .allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    assertThat(c.confidence()).isGreaterThan(0.5);
  }

  @Test
  void should_be_less_sure_of_advice_wrapped_in_sharing() {
    Classification bare = classifier.classify("You should try a pump.");
    Classification wrapped =
        classifier.classify("I've had mine for a year and I love it, so you should try a pump.");

    assertThat(wrapped.label()).isEqualTo(Label.ADVICE);
    assertThat(wrapped.confidence()).isLessThan(bare.confidence());
  }

  @Test
  void should_classify_the_empty_text_as_other() {
    assertThat(classifier.classify("").label()).isEqualTo(Label.OTHER);
  }

  @Test
  void should_match_typographic_apostrophes_and_any_case() {
    assertThat(classifier.classify("WHY DON’T YOU ask them?").label()).isEqualTo(Label.ADVICE);
  }
}
