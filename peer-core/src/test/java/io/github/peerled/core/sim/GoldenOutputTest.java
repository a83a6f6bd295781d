package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The model's output, to the bit: the CSV of a fixed experiment, kept whole in {@code
 * golden/experiment.csv} beside the tests. It changes only when the model or the output format
 * does; then bump {@link ExperimentResult#FORMAT} and replace the file with the one this test
 * writes to {@code target/golden/experiment.csv} when they differ, after reading the differences it
 * names.
 */
class GoldenOutputTest {
  private static final String GOLDEN = "golden/experiment.csv";
  private static final Path ACTUAL = Path.of("target", "golden", "experiment.csv");
  private static final int MOST_NAMED = 10;

  private static String golden() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            GoldenOutputTest.class.getClassLoader().getResourceAsStream(GOLDEN), GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The cells that differ, by line and column name, the first {@link #MOST_NAMED} of them. */
  static List<String> differences(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    List<String> out = new ArrayList<>();
    if (want.size() != got.size()) {
      out.add("the CSV has " + got.size() + " lines, not " + want.size());
    }
    String[] header = want.isEmpty() ? new String[0] : want.get(0).split(",", -1);
    for (int i = 0; i < Math.min(want.size(), got.size()) && out.size() < MOST_NAMED; i++) {
      String[] w = want.get(i).split(",", -1);
      String[] g = got.get(i).split(",", -1);
      if (w.length != g.length) {
        out.add("line " + (i + 1) + " has " + g.length + " cells, not " + w.length);
        continue;
      }
      for (int c = 0; c < w.length && out.size() < MOST_NAMED; c++) {
        if (!w[c].equals(g[c])) {
          String column = c < header.length ? header[c] : "column " + (c + 1);
          out.add("line " + (i + 1) + ", " + column + ": " + g[c] + ", not " + w[c]);
        }
      }
    }
    return out;
  }

  @Test
  void should_give_the_recorded_output_to_the_bit() throws IOException {
    String csv =
        Experiment.custom()
            .scenario(Scenarios.busy())
            .scenario(Scenarios.adviceProcess())
            .replicates(5)
            .masterSeed(20260105L)
            .threads(2)
            .build()
            .run()
            .csv();
    String golden = golden();
    if (!csv.equals(golden)) {
      Files.createDirectories(ACTUAL.getParent());
      Files.writeString(ACTUAL, csv, StandardCharsets.UTF_8);
    }

    assertThat(csv)
        .withFailMessage(
            () ->
                "The experiment's CSV is not the recorded one ("
                    + ACTUAL
                    + " holds it whole):\n  "
                    + String.join("\n  ", differences(golden, csv)))
        .isEqualTo(golden);
  }

  @Test
  void should_name_the_cells_that_differ_by_line_and_column() {
    String expected = "arm,seed,advice\nnone,1,0.25\nreframe,1,0.125\n";

    assertThat(differences(expected, "arm,seed,advice\nnone,1,0.25\nreframe,1,0.5\n"))
        .containsExactly("line 3, advice: 0.5, not 0.125");
    assertThat(differences(expected, "arm,seed,advice\nnone,1,0.25\n"))
        .containsExactly("the CSV has 2 lines, not 3");
    assertThat(differences(expected, expected)).isEmpty();
  }
}
