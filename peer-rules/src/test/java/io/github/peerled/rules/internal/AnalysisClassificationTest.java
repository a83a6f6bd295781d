package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Detectors;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A contribution the rules analysed is classified from the words of that analysis, not by scanning
 * its text again, and the classification is the detector's own for the text.
 */
class AnalysisClassificationTest {
  private static final ContributionClassifier DETECTOR = Detectors.defaultDetector();
  private static final Analyzer ANALYZER = Analyzer.tokenizerOnly();

  @Test
  void should_classify_an_analysed_text_as_the_detector_classifies_the_text() {
    for (String text :
        List.of(
            "Honestly just stop eating bread for a couple of weeks, e.g. toast.",
            "What helped me was cutting carbs at breakfast. My numbers were 7.5 by lunch!",
            "Dr. Smith said it's 3-4 days... ok?! \"you should rest\" \u2014 'cause I'm tired",
            "Have you thought about asking your endo for a CGM? It might help.",
            "")) {
      assertThat(ANALYZER.analyze(text).classification())
          .as(text)
          .isEqualTo(DETECTOR.classify(text));
    }
  }

  @Test
  void should_classify_any_analysed_text_as_the_detector_classifies_the_text() {
    qt().withExamples(2_000)
        .forAll(strings().betweenCodePoints(32, 0x2030).ofLengthBetween(0, 80))
        .check(text -> ANALYZER.analyze(text).classification().equals(DETECTOR.classify(text)));
  }
}
