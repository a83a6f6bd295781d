package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DetectorRobustnessTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  private void checkWellFormed(String text) {
    Classification c = detector.classify(text);
    assertThat(c).isEqualTo(callOfTheSentences(text, c.evidence()));
    for (EvidenceSpan s : c.evidence()) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    for (SentenceClassification s : detector.classifySentences(text)) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.start()).isLessThan(s.end());
    }
  }

  /**
   * The call on a whole text made from the calls on its sentences, as the contract says: advice
   * wins, then sharing, then question, then other, with the confidence of the surest sentence of
   * that label; a text without sentences is other, for sure.
   */
  private Classification callOfTheSentences(String text, List<EvidenceSpan> evidence) {
    List<Classification> sentences =
        detector.classifySentences(text).stream()
            .map(SentenceClassification::classification)
            .toList();
    for (Label label : List.of(Label.ADVICE, Label.SHARING, Label.QUESTION, Label.OTHER)) {
      OptionalDouble surest =
          sentences.stream()
              .filter(s -> s.label() == label)
              .mapToDouble(Classification::confidence)
              .max();
      if (surest.isPresent()) {
        return new Classification(label, surest.getAsDouble(), evidence);
      }
    }
    return new Classification(Label.OTHER, 1.0, evidence);
  }

  @Test
  void should_classify_any_text_into_well_formed_results() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(this::checkWellFormed);
  }

  @Test
  void should_classify_any_mix_of_words_and_punctuation_into_well_formed_results() {
    String alphabet = "you I should try don't n't 's ' ’ . ? ! , - -- \" \n e.g. Dr. 2.5 stop";
    String[] parts = alphabet.split(" ", -1);
    qt().withExamples(2000)
        .forAll(
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, parts.length - 1))
                .ofSizeBetween(0, 30))
        .checkAssert(
            idx -> {
              StringBuilder sb = new StringBuilder();
              for (int i : idx) {
                sb.append(parts[i]).append(i % 3 == 0 ? "" : " ");
              }
              checkWellFormed(sb.toString());
            });
  }

  @Test
  void should_give_the_same_answers_from_many_threads() throws Exception {
    // given
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add(
          (i % 2 == 0 ? "I tried the pump in year " : "You should try the pump, it's year ")
              + i
              + ". How are you?");
    }
    List<Classification> expected = texts.stream().map(detector::classify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      // when
      List<Future<List<Classification>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> texts.stream().map(detector::classify).toList()));
      }

      // then
      for (Future<List<Classification>> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_refuse_a_language_without_resources() {
    assertThatThrownBy(() -> Detectors.forLanguage("xx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx");
  }

  @Test
  void should_load_a_fresh_detector_that_agrees_with_the_shared_one() {
    ContributionClassifier fresh = Detectors.forLanguage("en");
    assertThat(fresh.classify("Have you tried a CGM?"))
        .isEqualTo(detector.classify("Have you tried a CGM?"));
  }
}
