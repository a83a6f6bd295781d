package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceClassificationTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  @Test
  void should_label_each_sentence_with_its_offsets() {
    // given
    String text = "I cut carbs at breakfast last year. You should try it! How are you sleeping?";

    // when
    List<SentenceClassification> s = detector.classifySentences(text);

    // then
    assertThat(s).hasSize(3);
    assertThat(text.substring(s.get(0).start(), s.get(0).end()))
        .isEqualTo("I cut carbs at breakfast last year.");
    assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo("You should try it!");
    assertThat(text.substring(s.get(2).start(), s.get(2).end())).isEqualTo("How are you sleeping?");
    assertThat(s)
        .extracting(x -> x.classification().label())
        .containsExactly(Label.SHARING, Label.ADVICE, Label.QUESTION);
    assertThat(detector.classify(text).label()).isEqualTo(Label.ADVICE);
  }

  @Test
  void should_not_split_after_an_abbreviation_or_inside_a_number() {
    // given
    String text = "Dr. Okafor said my A1c was 6.5 which surprised me. Ask about it.";

    // when
    List<SentenceClassification> s = detector.classifySentences(text);

    // then
    assertThat(s).hasSize(2);
    assertThat(s.get(1).start()).isEqualTo(text.indexOf("Ask"));
  }

  @Test
  void should_give_other_with_full_confidence_for_empty_or_punctuation_only_text() {
    for (String text : List.of("", "   ", "...", "?!", "\t")) {
      Classification c = detector.classify(text);
      assertThat(c.label()).isEqualTo(Label.OTHER);
      assertThat(c.confidence()).isEqualTo(1.0);
      assertThat(c.evidence()).isEmpty();
      assertThat(detector.classifySentences(text)).isEmpty();
    }
  }

  @Test
  void should_reject_confidence_outside_zero_to_one() {
    assertThatThrownBy(() -> new Classification(Label.ADVICE, 1.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Classification(Label.ADVICE, Double.NaN, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_parse_label_codes() {
    assertThat(Label.fromCode(" Advice ")).isEqualTo(Label.ADVICE);
    assertThat(Label.SHARING.code()).isEqualTo("sharing");
    assertThatThrownBy(() -> Label.fromCode("tip")).isInstanceOf(IllegalArgumentException.class);
  }
}
