package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int peer(String... args) {
    CommandLine cli = PeerCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  static Path example(String name) throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(SimulateCommandTest.class.getResource("/scenarios/" + name))
            .toURI());
  }

  @Test
  void should_write_csv_json_lines_manifest_and_charts(@TempDir Path dir) throws Exception {
    Path scenario = example("diabetes-go-round.json");
    int code =
        peer(
            "simulate",
            scenario.toString(),
            "--replicates",
            "20",
            "--seed",
            "7",
            "--out",
            dir.toString(),
            "--plot");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readAllLines(dir.resolve("runs.csv"))).hasSize(1 + 2 * 20);
    assertThat(Files.readAllLines(dir.resolve("runs.jsonl"))).hasSize(2 * 20);
    assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"masterSeed\" : 7");
    for (String png :
        new String[] {"participation", "unanswered-requests", "advice-share", "retention"}) {
      byte[] bytes = Files.readAllBytes(dir.resolve(png + ".png"));
      assertThat(bytes).hasSizeGreaterThan(1000);
      assertThat(bytes[1]).isEqualTo((byte) 'P'); // the PNG signature
      assertThat(Files.readString(dir.resolve(png + ".svg"))).contains("<svg");
    }
    assertThat(Files.readAllLines(dir.resolve("summary.csv")).get(0))
        .isEqualTo("scenario,arm,metric,n,mean,sd,ci95_low,ci95_high");
    assertThat(out.toString()).contains("go-round").contains("(Student t)").contains("mean_gini");
  }

  @Test
  void should_write_the_same_bytes_for_1_2_and_8_threads(@TempDir Path dir) throws Exception {
    Path scenario = example("diabetes-go-round.json");
    byte[] first = null;
    for (String threads : new String[] {"1", "2", "8"}) {
      Path o = dir.resolve("t" + threads);
      assertThat(
              peer(
                  "simulate",
                  scenario.toString(),
                  "--replicates",
                  "25",
                  "--threads",
                  threads,
                  "--out",
                  o.toString()))
          .isZero();
      byte[] manifest = Files.readAllBytes(o.resolve("manifest.json"));
      if (first == null) {
        first = manifest;
      }
      // the manifest holds the SHA-256 of the CSV and JSON lines files
      assertThat(manifest).isEqualTo(first);
    }
  }

  @Test
  void should_exit_2_naming_file_path_and_reason_on_bad_input(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"name\": \"x\", \"arms\": [{\"label\": \"a\", \"policies\": [{\"name\":"
            + " \"go-round\", \"parameters\": {\"speed\": 2}}]}]}");
    int code = peer("simulate", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains("bad.json")
        .contains("$.arms[0].policies[0]")
        .contains("no parameter 'speed'");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void should_merge_parts_into_the_bytes_of_one_run(@TempDir Path dir) throws Exception {
    String scenario = example("diabetes-go-round.json").toString();
    Path whole = dir.resolve("whole");
    assertThat(peer("simulate", scenario, "--replicates", "3", "--out", whole.toString())).isZero();
    for (String range : new String[] {"0..0", "1..4", "5..5"}) {
      Path part = dir.resolve("part-" + range);
      assertThat(
              peer(
                  "simulate",
                  scenario,
                  "--replicates",
                  "3",
                  "--runs",
                  range,
                  "--out",
                  part.toString()))
          .as(err.toString())
          .isZero();
    }
    Path merged = dir.resolve("merged");
    int code =
        peer(
            "merge",
            dir.resolve("part-5..5").toString(),
            dir.resolve("part-0..0").toString(),
            dir.resolve("part-1..4").toString(),
            "--out",
            merged.toString());

    assertThat(code).as(err.toString()).isZero();
    for (String f : new String[] {"runs.csv", "runs.jsonl", "summary.csv", "manifest.json"}) {
      assertThat(Files.readAllBytes(merged.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(whole.resolve(f)));
    }
  }

  @Test
  void should_exit_2_naming_the_missing_runs_and_a_bad_range(@TempDir Path dir) throws Exception {
    String scenario = example("diabetes-go-round.json").toString();
    Path part = dir.resolve("p");
    assertThat(
            peer(
                "simulate",
                scenario,
                "--replicates",
                "3",
                "--runs",
                "0..2",
                "--out",
                part.toString()))
        .isZero();

    assertThat(peer("merge", part.toString(), "--out", dir.resolve("m").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("peer: runs 3..5 are in no part");
    assertThat(
            peer(
                "simulate",
                scenario,
                "--replicates",
                "3",
                "--runs",
                "4..6",
                "--out",
                dir.resolve("q").toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--runs: 4..6 is not a range of the experiment's runs 0..5");
    assertThat(dir.resolve("m")).doesNotExist();
    assertThat(dir.resolve("q")).doesNotExist();
  }

  @Test
  void should_exit_2_when_the_file_is_missing(@TempDir Path dir) {
    int code = peer("simulate", dir.resolve("nope.json").toString(), "--out", dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("nope.json");
  }

  @Test
  void should_exit_2_on_a_bad_option(@TempDir Path dir) throws Exception {
    int code =
        peer(
            "simulate",
            example("diabetes-go-round.json").toString(),
            "--replicates",
            "many",
            "--out",
            dir.toString());
    assertThat(code).isEqualTo(2);
  }
}
