package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The detector against the held-out part of the project's labelled peer-support set, which is never
 * used for training or tuning.
 */
class HeldOutEvaluationTest {
  private final ContributionClassifier detector = Detectors.defaultDetector();

  record Item(Label label, String text) {}

  static List<Item> read(String resource) throws IOException {
    List<Item> out = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(HeldOutEvaluationTest.class.getResourceAsStream(resource))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        out.add(new Item(Label.fromCode(line.substring(0, tab)), line.substring(tab + 1)));
      }
    }
    return out;
  }

  static double f1(List<Item> items, List<Label> predicted, Label l) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < items.size(); i++) {
      boolean g = items.get(i).label() == l;
      boolean p = predicted.get(i) == l;
      if (g && p) {
        tp++;
      } else if (p) {
        fp++;
      } else if (g) {
        fn++;
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  @Test
  void should_reach_f1_075_for_advice_and_for_sharing_on_the_held_out_set() throws IOException {
    // given
    List<Item> items = read("/detect/heldout.tsv");

    // when
    List<Label> predicted = items.stream().map(i -> detector.classify(i.text()).label()).toList();

    // then
    assertThat(items).hasSizeGreaterThan(100);
    assertThat(f1(items, predicted, Label.ADVICE)).isGreaterThanOrEqualTo(0.75);
    assertThat(f1(items, predicted, Label.SHARING)).isGreaterThanOrEqualTo(0.75);
    assertThat(f1(items, predicted, Label.QUESTION)).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void should_keep_held_out_and_tuning_sets_disjoint() throws IOException {
    // given
    List<String> tuning = read("/detect/tuning.tsv").stream().map(Item::text).toList();
    List<String> heldOut = read("/detect/heldout.tsv").stream().map(Item::text).toList();

    // then
    assertThat(tuning).doesNotContainAnyElementsOf(heldOut);
    assertThat(tuning.size() + heldOut.size()).isGreaterThanOrEqualTo(300);
  }
}
