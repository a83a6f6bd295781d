package io.github.peerled.examples.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.rules.detect.Classification;
import io.github.peerled.rules.detect.ContributionClassifier;
import io.github.peerled.rules.detect.Label;
import io.github.peerled.rules.detect.SentenceClassification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContrastEvaluationTest {
  // First SHA-256 byte of each text: 218, 244, 143 (tuning); 39, 85, 29 (held out).
  private static final String FILE =
      """
      # label<TAB>category<TAB>text
      question\tinfo-question\tWhat did the nurse say?
      advice\tsuggestion-question\tHave you tried a food diary?
      other\tencouragement\tChin up.
      question\tinfo-question\tHow long have you had it?
      other\tinformation\tThe clinic opens at nine.
      advice\tdirective\tRest today.
      """;

  /** Calls every text ending in a question mark a question, everything else other. */
  private static final ContributionClassifier QUESTION_MARK =
      new ContributionClassifier() {
        @Override
        public Classification classify(CharSequence text) {
          Label l = text.toString().endsWith("?") ? Label.QUESTION : Label.OTHER;
          return new Classification(l, 1.0, List.of());
        }

        @Override
        public List<SentenceClassification> classifySentences(CharSequence text) {
          return List.of();
        }
      };

  @TempDir Path dir;

  @Test
  void should_hold_out_a_text_exactly_when_the_unsigned_first_hash_byte_is_below_86() {
    assertThat(DetectorData.isHeldOut("sentence 269")).isTrue(); // 0x55
    assertThat(DetectorData.isHeldOut("sentence 0")).isFalse(); // 0x56
    assertThat(DetectorData.isHeldOut("Take care.")).isFalse(); // 0xec, negative as a signed byte
    assertThat(DetectorData.Split.HELDOUT.contains("sentence 269")).isTrue();
    assertThat(DetectorData.Split.TUNING.contains("sentence 269")).isFalse();
  }

  @Test
  void should_read_only_the_asked_part_of_a_contrast_file() throws IOException {
    Path f = write("c.tsv", FILE);

    assertThat(DetectorData.isContrast(f)).isTrue();
    assertThat(DetectorData.contrast(f, DetectorData.Split.TUNING))
        .extracting(DetectorData.ContrastItem::text)
        .containsExactly("What did the nurse say?", "Have you tried a food diary?", "Chin up.");
    assertThat(DetectorData.contrast(f, DetectorData.Split.HELDOUT))
        .extracting(DetectorData.ContrastItem::category)
        .containsExactly("info-question", "information", "directive");
  }

  @Test
  void should_read_every_line_of_a_file_held_out_whole() throws IOException {
    Path f = write("turns.tsv", FILE);

    assertThat(DetectorData.contrast(f, DetectorData.Split.of("whole")))
        .extracting(DetectorData.ContrastItem::category)
        .containsExactly(
            "info-question",
            "suggestion-question",
            "encouragement",
            "info-question",
            "information",
            "directive");
    assertThatThrownBy(() -> DetectorData.Split.of("all"))
        .hasMessage("split must be tuning, heldout or whole, not: all");
  }

  @Test
  void should_tell_two_column_files_from_contrast_files() throws IOException {
    assertThat(DetectorData.isContrast(write("l.tsv", "# c\nadvice\tRest today.\n"))).isFalse();
    assertThatThrownBy(
            () ->
                DetectorData.contrast(
                    write("bad.tsv", "advice\tdirective\n"), DetectorData.Split.TUNING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not three columns");
  }

  @Test
  void should_print_per_label_scores_and_per_category_accuracy_of_the_tuning_part_only()
      throws IOException {
    Path f = write("forum.tsv", FILE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    EvaluateDetector.runContrast(
        QUESTION_MARK,
        List.of(f.toString()),
        DetectorData.Split.TUNING,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("== forum.tsv, tuning part, n=3")
        .contains("== contrast set, all registers, tuning part, n=3")
        .contains("question P=0.500 R=1.000 F1=0.667")
        .containsPattern("info-question +1 +question +1\\.000")
        .containsPattern("suggestion-question +1 +advice +0\\.000 +0 +0 +1 +0")
        .containsPattern("encouragement +1 +other +1\\.000")
        .doesNotContain("directive")
        .doesNotContain("information");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
