package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts of an experiment, merged, give the bytes of one run of the whole. */
class ExperimentPartsTest {
  private static final List<String> FILES =
      List.of(
          ExperimentResult.CSV,
          ExperimentResult.JSON_LINES,
          ExperimentResult.SUMMARY,
          ExperimentResult.MANIFEST);

  @TempDir static Path dir;
  private static Path whole;

  /** Two scenarios (one without newcomers, so a metric is NaN), three arms, two replicates. */
  static Experiment small(long seed) {
    Scenario busy =
        Scenario.custom()
            .from(Scenarios.busy())
            .sessions(4)
            .turnsPerSession(20)
            .arms(
                List.of(
                    PolicyArm.none(), PolicyArm.of("reframe", PolicySpec.of("sharing-not-advice"))))
            .build();
    Scenario settled =
        Scenario.custom()
            .from(busy)
            .name("settled")
            .group(GroupSpec.custom().size(7).newcomers(0).build())
            .arms(List.of(PolicyArm.of("go-round", PolicySpec.of("go-round"))))
            .build();
    return Experiment.custom()
        .scenario(busy)
        .scenario(settled)
        .replicates(2)
        .masterSeed(seed)
        .build();
  }

  @BeforeAll
  static void runTheWhole() throws IOException {
    whole = dir.resolve("whole");
    small(7).run().writeTo(whole);
  }

  /** Writes the parts that end at the given runs (each part's last run) and merges them. */
  private static Path merged(Experiment e, List<Integer> lasts, Path base) throws IOException {
    List<Path> parts = new ArrayList<>();
    int first = 0;
    for (int last : lasts) {
      Path p = base.resolve("part-" + first + "-" + last);
      e.runRange(first, last).writeTo(p);
      parts.add(p);
      first = last + 1;
    }
    java.util.Collections.reverse(parts); // any order will do
    Path out = base.resolve("merged");
    ExperimentParts.mergeFiles(parts, out);
    return out;
  }

  private static void assertSameBytes(Path out) throws IOException {
    for (String f : FILES) {
      assertThat(Files.readAllBytes(out.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(whole.resolve(f)));
    }
  }

  @Test
  void should_give_the_bytes_of_the_whole_for_every_split_of_the_runs() throws IOException {
    Experiment e = small(7);
    int runs = e.size();
    assertThat(runs).isEqualTo(6);
    for (int mask = 0; mask < 1 << (runs - 1); mask++) {
      List<Integer> lasts = new ArrayList<>();
      for (int i = 0; i < runs - 1; i++) {
        if ((mask & 1 << i) != 0) {
          lasts.add(i);
        }
      }
      lasts.add(runs - 1);
      Path out = merged(e, lasts, dir.resolve("split-" + mask));
      assertSameBytes(out);
    }
  }

  @Test
  void should_give_the_bytes_of_the_whole_for_random_split_points() {
    Experiment e = small(7);
    int runs = e.size();
    int[] attempt = {0};
    qt().withFixedSeed(20261203L)
        .withExamples(15)
        .forAll(lists().of(integers().between(0, runs - 2)).ofSizeBetween(0, runs))
        .checkAssert(
            points -> {
              List<Integer> lasts = new ArrayList<>(new TreeSet<>(points));
              lasts.add(runs - 1);
              try {
                assertSameBytes(merged(e, lasts, dir.resolve("random-" + attempt[0]++)));
              } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
              }
            });
  }

  @Test
  void should_merge_parts_in_memory_into_the_result_of_the_whole() {
    Experiment e = small(7);
    ExperimentResult merged =
        ExperimentParts.merge(List.of(e.runRange(3, 5), e.runRange(0, 0), e.runRange(1, 2)));

    ExperimentResult one = e.run();
    assertThat(merged.csv()).isEqualTo(one.csv());
    assertThat(merged.jsonLines()).isEqualTo(one.jsonLines());
    assertThat(merged.summaryCsv()).isEqualTo(one.summaryCsv());
  }

  @Test
  void should_refuse_a_range_outside_the_experiment() {
    Experiment e = small(7);

    assertThatThrownBy(() -> e.runRange(4, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runs 4..6 are not a range of the experiment's runs 0..5");
    assertThatThrownBy(() -> e.runRange(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_name_the_runs_no_part_holds_and_write_nothing(@TempDir Path tmp) throws IOException {
    Experiment e = small(7);
    Path a = tmp.resolve("a");
    Path c = tmp.resolve("c");
    e.runRange(0, 1).writeTo(a);
    e.runRange(4, 5).writeTo(c);
    Path out = tmp.resolve("out");

    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(a, c), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("runs 2..3 are in no part (the next is ")
        .hasMessageContaining(c.resolve("part.json").toString());
    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(a), out))
        .hasMessage("runs 2..5 are in no part (the experiment has 6 runs)");
    assertThat(out).doesNotExist();
  }

  @Test
  void should_name_both_parts_that_hold_a_run(@TempDir Path tmp) throws IOException {
    Experiment e = small(7);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    e.runRange(0, 3).writeTo(a);
    e.runRange(2, 5).writeTo(b);

    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(a, b), tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "runs 2..3 are in two parts: "
                + a.resolve("part.json")
                + " and "
                + b.resolve("part.json"));
  }

  @Test
  void should_refuse_a_part_of_another_experiment(@TempDir Path tmp) throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    small(7).runRange(0, 2).writeTo(a);
    small(8).runRange(3, 5).writeTo(b);

    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(a, b), tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            b.resolve("part.json")
                + ": belongs to another experiment than "
                + a.resolve("part.json")
                + ": at $.experiment.masterSeed: masterSeed 8, not 7");
  }

  @Test
  void should_refuse_a_part_whose_file_was_changed(@TempDir Path tmp) throws IOException {
    Experiment e = small(7);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    e.runRange(0, 2).writeTo(a);
    e.runRange(3, 5).writeTo(b);
    Path csv = b.resolve("runs.csv");
    String text = Files.readString(csv);
    Files.writeString(csv, text.substring(0, text.length() - 20));

    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(a, b), tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(csv + ": ")
        .hasMessageContaining("(the file was changed or cut short)");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void should_refuse_a_directory_that_is_not_a_part(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("x"));
    Files.writeString(tmp.resolve("y.json"), "{\"format\": \"peerled-simulation/1\"}");

    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(tmp.resolve("x")), tmp))
        .hasMessage(
            tmp.resolve("x").resolve("part.json")
                + ": no such part manifest (peer simulate --runs A..B writes one)");
    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(tmp.resolve("y.json")), tmp))
        .hasMessage(
            tmp.resolve("y.json")
                + ": at $.format: expected peerled-simulation-part/1, was 'peerled-simulation/1'");
    assertThatThrownBy(() -> ExperimentParts.mergeFiles(List.of(), tmp))
        .hasMessage("no part to merge");
  }
}
