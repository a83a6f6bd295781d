package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceSpanTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  private static EvidenceSpan span(Classification c, String cue) {
    return c.evidence().stream()
        .filter(e -> e.cue().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + cue + " in " + c.evidence()));
  }

  @Test
  void should_point_the_imperative_span_at_the_verb_after_the_fillers() {
    // given
    String text = "honestly just stop eating bread";

    // when
    EvidenceSpan s = span(detector.classify(text), "imperative");

    // then
    assertThat(s.start()).isEqualTo(14);
    assertThat(s.end()).isEqualTo(18);
    assertThat(s.text()).isEqualTo("stop");
    assertThat(s.label()).isEqualTo(Label.ADVICE);
  }

  @Test
  void should_point_a_multi_word_cue_at_all_its_words() {
    // given
    String text = "Sorry to hear it. I would call your doctor today.";

    // when
    EvidenceSpan s = span(detector.classify(text), "i-would-do");

    // then
    assertThat(text.substring(s.start(), s.end())).isEqualTo("I would call");
    assertThat(s.start()).isEqualTo(18);
  }

  @Test
  void should_map_a_split_contraction_back_to_the_original_characters() {
    // given: a curly apostrophe, which the tokenizer splits into "do" + "n't"
    String text = "Please don\u2019t stop your insulin.";

    // when
    EvidenceSpan s = span(detector.classify(text), "neg-imperative");

    // then
    assertThat(s.text()).isEqualTo("don\u2019t stop");
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
  }

  @Test
  void should_give_sharing_evidence_for_first_person_experience() {
    // given
    String text = "what helped me was cutting carbs at breakfast";

    // when
    Classification c = detector.classify(text);

    // then
    assertThat(c.supportingEvidence())
        .extracting(EvidenceSpan::text)
        .contains("what helped", "helped me");
    assertThat(c.supportingEvidence()).allMatch(e -> e.label() == Label.SHARING);
  }

  @Test
  void should_keep_every_span_inside_the_text_and_in_order() {
    // given
    List<String> texts =
        List.of(
            "When I was diagnosed I was terrified. You should join a group, honestly.",
            "If I were you I'd wait. Have you tried a CGM?",
            "Dr. Patel told me to cut carbs... I didn't!");

    for (String text : texts) {
      // when
      List<EvidenceSpan> spans = detector.classify(text).evidence();

      // then
      assertThat(spans).isNotEmpty();
      int last = -1;
      for (EvidenceSpan s : spans) {
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        last = s.start();
      }
    }
  }

  @Test
  void should_keep_the_spans_of_a_single_sentence_in_text_order() {
    // given: one sentence whose cue match comes before a structural feature
    String text = "You should know my sister tried it";

    // when
    List<EvidenceSpan> spans = detector.classify(text).evidence();

    // then
    assertThat(spans).hasSizeGreaterThan(1);
    assertThat(spans)
        .isSortedAccordingTo(
            Comparator.comparingInt(EvidenceSpan::start)
                .thenComparingInt(EvidenceSpan::end)
                .thenComparing(EvidenceSpan::cue));
    assertThat(spans.get(0).start()).isZero();
  }

  @Test
  void should_reject_bad_offsets() {
    assertThatThrownBy(() -> new EvidenceSpan(5, 5, Label.ADVICE, "x", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceSpan(-1, 2, Label.ADVICE, "x", "ab"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
