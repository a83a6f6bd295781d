package io.github.peerled.examples.cli;

import io.github.peerled.core.sim.Experiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Times one sweep on the thread pool ({@code peer simulate}) and on Spark in local mode ({@link
 * SparkSweep}), output written both ways, and prints the overhead of Spark and its scaling from one
 * partition on one core to two on two. Not a JMH benchmark: each figure is the median of a few
 * wall-clock runs after one to warm up, so run it on a quiet machine.
 *
 * <pre>{@code
 * java -cp CLASSPATH io.github.peerled.examples.cli.SparkTiming [SESSIONS [REPLICATES [REPEATS]]]
 * }</pre>
 *
 * <p>The sweep: the bundled {@code diabetes-go-round} scenario (12 members, two arms) with {@code
 * SESSIONS} sessions a run (default 100) and {@code REPLICATES} runs of each arm (default 1000).
 */
final class SparkTiming {
  /** The level of the simple SLF4J logger that the compile class path brings. */
  private static final String QUIET = "org.slf4j.simpleLogger.defaultLogLevel";

  private SparkTiming() {}

  /**
   * Runs the timing and prints it.
   *
   * @param args sessions, replicates and repeats, each optional
   * @throws Exception if the sweep fails or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (System.getProperty(QUIET) == null) {
      System.setProperty(QUIET, "warn"); // Spark's INFO lines would bury the figures
    }
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int replicates = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String text;
    try (var in = SparkTiming.class.getResourceAsStream("/scenarios/diabetes-go-round.json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario diabetes-go-round.json is missing");
      }
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String scenario = text.replaceFirst("\"sessions\": \\d+", "\"sessions\": " + sessions);
    SparkSweep.Sweep sweep =
        new SparkSweep.Sweep("diabetes-go-round.json", scenario, replicates, 42L, false);
    Path dir = Files.createTempDirectory("peer-spark-timing");
    System.out.printf(
        Locale.ROOT,
        "sweep: %d runs of %d sessions (12 members, 2 arms), %d processors; median of %d after"
            + " one warm-up%n",
        sweep.experiment().size(),
        sessions,
        Runtime.getRuntime().availableProcessors(),
        repeats);
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (int threads : new int[] {1, 2}) {
      Experiment experiment =
          SimulateCommand.experiment(
              io.github.peerled.core.files.CoreFiles.readScenario("timing", scenario),
              replicates,
              42L,
              threads,
              false);
      Path out = dir.resolve("pool-" + threads);
      seconds.put(
          "thread pool, " + threads + " thread" + (threads == 1 ? "" : "s"),
          median(repeats, () -> experiment.run().writeTo(out)));
    }
    for (int[] cores : new int[][] {{1, 1}, {2, 2}, {2, 8}}) {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[" + cores[0] + "]")
              .setAppName("peer sweep timing")
              .set("spark.ui.enabled", "false")
              .set("spark.driver.host", "127.0.0.1")
              .set("spark.driver.bindAddress", "127.0.0.1");
      long start = System.nanoTime();
      try (JavaSparkContext sc = new JavaSparkContext(conf)) {
        double startup = (System.nanoTime() - start) / 1e9;
        Path out = dir.resolve("spark-" + cores[0] + "-" + cores[1]);
        double s = median(repeats, () -> SparkSweep.run(sc, sweep, cores[1], out));
        seconds.put(
            String.format(
                Locale.ROOT,
                "Spark local[%d], %d partition%s (context start %.1f s, not counted)",
                cores[0],
                cores[1],
                cores[1] == 1 ? "" : "s",
                startup),
            s);
      }
    }
    seconds.forEach((k, v) -> System.out.printf(Locale.ROOT, "%8.3f s  %s%n", v, k));
    List<Double> t = new ArrayList<>(seconds.values());
    System.out.printf(
        Locale.ROOT,
        "Spark overhead: local[1]/pool(1) = %.2f, local[2]/pool(2) = %.2f; scaling 1 -> 2"
            + " partitions on 1 -> 2 cores: %.2fx (pool 1 -> 2 threads: %.2fx)%n",
        t.get(2) / t.get(0),
        t.get(3) / t.get(1),
        t.get(2) / t.get(3),
        t.get(0) / t.get(1));
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Something timed: a whole sweep, its output written. */
  private interface Sweep {
    Object run() throws IOException;
  }

  /** Runs once to warm up, then {@code repeats} times; returns the median in seconds. */
  private static double median(int repeats, Sweep sweep) throws IOException {
    sweep.run();
    double[] s = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      sweep.run();
      s[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(s);
    return s[repeats / 2];
  }
}
