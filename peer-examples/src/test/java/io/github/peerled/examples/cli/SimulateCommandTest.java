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
    for (String png : new String[] {"participation", "unanswered-requests", "retention"}) {
      byte[] bytes = Files.readAllBytes(dir.resolve(png + ".png"));
      assertThat(bytes).hasSizeGreaterThan(1000);
      assertThat(bytes[1]).isEqualTo((byte) 'P'); // the PNG signature
    }
    assertThat(out.toString()).contains("go-round").contains("Gini (95% CI)");
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
