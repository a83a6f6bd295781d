package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.detect.HeldOutEvaluationTest.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The detector against the held-out part of the counselling and supportive-chat set, written in
 * registers unlike the project's first set and never used for training or tuning. The floors sit
 * well below what the detector scores here (advice 0.962, sharing 0.961 when they were set): a
 * collapse fails the build, but there is room to trade a little of the project's own voice for
 * generalisation to other registers, which the contrast set's held-out part measures.
 */
class CounsellingEvaluationTest {
  private static final String TUNING = "/detect/counselling-tuning.tsv";
  private static final String HELD_OUT = "/detect/counselling-heldout.tsv";

  private final ContributionClassifier detector = Detectors.defaultDetector();

  private static boolean heldOut(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 3 == 0;
  }

  @Test
  void should_keep_advice_and_sharing_f1_above_the_measured_floor_on_the_held_out_part()
      throws IOException {
    // given
    List<Item> items = HeldOutEvaluationTest.read(HELD_OUT);

    // when
    List<Label> predicted = items.stream().map(i -> detector.classify(i.text()).label()).toList();

    // then
    assertThat(items).hasSizeGreaterThan(140);
    assertThat(HeldOutEvaluationTest.f1(items, predicted, Label.ADVICE))
        .isGreaterThanOrEqualTo(0.85);
    assertThat(HeldOutEvaluationTest.f1(items, predicted, Label.SHARING))
        .isGreaterThanOrEqualTo(0.85);
    assertThat(HeldOutEvaluationTest.f1(items, predicted, Label.QUESTION))
        .isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void should_split_tuning_and_held_out_parts_by_the_crc_of_the_text() throws IOException {
    // given
    List<Item> tuning = HeldOutEvaluationTest.read(TUNING);
    List<Item> heldOut = HeldOutEvaluationTest.read(HELD_OUT);

    // then
    assertThat(tuning).extracting(Item::text).noneMatch(CounsellingEvaluationTest::heldOut);
    assertThat(heldOut).extracting(Item::text).allMatch(CounsellingEvaluationTest::heldOut);
    assertThat(tuning.size() + heldOut.size()).isGreaterThanOrEqualTo(450);
  }

  @Test
  void should_cover_every_label_in_the_held_out_part() throws IOException {
    // given
    List<Item> heldOut = HeldOutEvaluationTest.read(HELD_OUT);

    // then
    assertThat(heldOut).extracting(Item::label).contains(Label.values());
  }
}
