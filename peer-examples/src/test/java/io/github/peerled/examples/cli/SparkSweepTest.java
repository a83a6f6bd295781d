package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.sim.ExperimentParts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Spark sweep in Spark's local mode against {@code peer simulate}, byte for byte. */
class SparkSweepTest {
  private static final List<String> FILES =
      List.of("runs.csv", "runs.jsonl", "summary.csv", "manifest.json");

  private static @Nullable JavaSparkContext sc;

  @TempDir static Path dir;

  private static Path scenario;

  private static SparkSweep.Sweep sweep;

  @BeforeAll
  static void start() throws Exception {
    scenario = SimulateCommandTest.example("diabetes-go-round.json");
    // 2 arms x 6 replicates: 12 runs, so 7 partitions are uneven and 64 leave most empty
    sweep =
        new SparkSweep.Sweep(
            Inputs.source(scenario), Inputs.text(scenario), 6, 11L, /* independentSeeds= */ true);
    StringWriter out = new StringWriter();
    CommandLine peer = PeerCommand.commandLine();
    peer.setOut(new PrintWriter(out));
    peer.setErr(new PrintWriter(out));
    int code =
        peer.execute(
            "simulate",
            scenario.toString(),
            "--replicates",
            "6",
            "--seed",
            "11",
            "--independent-seeds",
            "--threads",
            "2",
            "--out",
            dir.resolve("simulate").toString());
    assertThat(code).as(out.toString()).isZero();
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("peer sweep test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    if (sc != null) {
      sc.close();
    }
  }

  @Test
  void should_write_the_bytes_of_peer_simulate_for_1_2_7_and_64_partitions() throws Exception {
    for (int partitions : new int[] {1, 2, 7, 64}) {
      Path out = dir.resolve("spark-" + partitions);
      List<Path> written = SparkSweep.run(running(), sweep, partitions, out);
      assertThat(written)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyElementsOf(FILES);
      for (String file : FILES) {
        assertThat(Files.mismatch(out.resolve(file), dir.resolve("simulate").resolve(file)))
            .as(
                "first byte of %s with %d partitions that differs from peer simulate's",
                file, partitions)
            .isEqualTo(-1L);
      }
    }
  }

  @Test
  void should_run_each_stretch_of_a_partition_as_a_part_when_its_runs_are_not_consecutive()
      throws Exception {
    // what a shuffled partitioning hands the partitions: runs that skip
    List<Path> parts = new ArrayList<>();
    int index = 0;
    for (List<Integer> partition :
        List.of(List.of(0, 1, 2, 5, 6, 9), List.of(3, 4, 7, 8, 10, 11))) {
      var texts = new SparkSweep.RunParts(sweep).call(partition.iterator());
      while (texts.hasNext()) {
        parts.add(texts.next().writeTo(dir.resolve("stretch-" + index++)));
      }
    }
    assertThat(parts).hasSize(6);
    Path out = dir.resolve("stretches");
    ExperimentParts.mergeFiles(parts, out);
    for (String file : FILES) {
      assertThat(Files.mismatch(out.resolve(file), dir.resolve("simulate").resolve(file)))
          .as("first byte of %s that differs from peer simulate's", file)
          .isEqualTo(-1L);
    }
  }

  @Test
  void should_exit_2_on_bad_partitions_before_starting_spark() {
    StringWriter err = new StringWriter();
    CommandLine cli = SparkSweep.commandLine();
    cli.setErr(new PrintWriter(err));
    Path out = dir.resolve("never");
    int code = cli.execute(scenario.toString(), "--partitions", "0", "--out", out.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("peer: --partitions: must be 1 to 100000, was 0\n");
    assertThat(out).doesNotExist();
  }

  private static JavaSparkContext running() {
    assertThat(sc).isNotNull();
    return java.util.Objects.requireNonNull(sc);
  }
}
