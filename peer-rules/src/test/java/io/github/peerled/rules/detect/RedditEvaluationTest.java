package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector against the test splits of the Reddit advice data set (Govindarajan et al., EMNLP
 * 2020). The data is not part of the project: the test is skipped unless the directory given by the
 * system property {@code peerled.adviceData} (default {@code ../../shared/data/advice-reddit},
 * relative to this module) exists.
 */
class RedditEvaluationTest {
  private static Path dataDir() {
    return Path.of(System.getProperty("peerled.adviceData", "../../shared/data/advice-reddit"));
  }

  @Test
  void should_find_advice_in_reddit_test_splits_with_f1_above_a_phrase_list() throws IOException {
    // given
    Path dir = dataDir();
    assumeTrue(Files.isDirectory(dir), "advice-reddit data not present: skipped");
    ContributionClassifier detector = Detectors.defaultDetector();
    int tp = 0;
    int fp = 0;
    int fn = 0;

    // when
    for (String corpus : List.of("askparents", "needadvice")) {
      List<String> lines =
          Files.readAllLines(dir.resolve(corpus + "_test.tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split("\t", -1);
        boolean gold = c[1].strip().equals("1");
        boolean pred = detector.classify(c[3]).label() == Label.ADVICE;
        if (gold && pred) {
          tp++;
        } else if (pred) {
          fp++;
        } else if (gold) {
          fn++;
        }
      }
    }

    // then
    double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
    assertThat(f1).isGreaterThanOrEqualTo(0.5);
  }
}
