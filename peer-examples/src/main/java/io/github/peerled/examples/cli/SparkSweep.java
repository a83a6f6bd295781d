package io.github.peerled.examples.cli;

import io.github.peerled.core.files.CoreFiles;
import io.github.peerled.core.sim.Experiment;
import io.github.peerled.core.sim.ExperimentPart;
import io.github.peerled.core.sim.ExperimentParts;
import io.github.peerled.core.sim.ExperimentResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The simulation sweep on Apache Spark, for {@code spark-submit --class
 * io.github.peerled.examples.cli.SparkSweep peer.jar SCENARIO.json --out DIR}: the runs of {@code
 * peer simulate} shared out over a cluster's partitions, and the same output, byte for byte.
 *
 * <p>The driver reads and checks the scenario, then distributes the run numbers over the
 * partitions. Each partition builds the experiment once from the scenario's text and the seeds, and
 * runs each range of consecutive runs it holds as a part ({@link Experiment#runRange(int, int)});
 * the parts come back to the driver as text, which merges them in run order with {@link
 * ExperimentParts#mergeFiles(List, Path)}: the checks of {@code peer merge} (same experiment, every
 * run exactly once, checksums) and the bytes of one run of the whole. Spark is not in the peer jar:
 * {@code spark-submit} brings it.
 */
@Command(
    name = "SparkSweep",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the simulation of 'peer simulate' on Apache Spark: the runs are shared out over the"
          + " partitions, and the driver writes runs.csv, runs.jsonl, summary.csv and"
          + " manifest.json, the same bytes as 'peer simulate' with the same scenario, replicates"
          + " and seed, for any number of partitions and executors.",
      "Submit it with spark-submit --class io.github.peerled.examples.cli.SparkSweep peer.jar;"
          + " without a master (run outside spark-submit) it runs in local mode on every core.",
      "Exit codes: 0 done, 2 bad input (the message names the file, the JSON path and what is"
          + " wrong) or an output directory that cannot be written."
    })
public final class SparkSweep implements Callable<Integer> {
  /** The most partitions one sweep shares its runs into. */
  static final int MAX_PARTITIONS = 100_000;

  @Spec CommandSpec spec = CommandSpec.create();

  @Mixin ScenarioOptions options = new ScenarioOptions();

  @Option(
      names = "--partitions",
      paramLabel = "P",
      description = "Partitions to share the runs into (default: Spark's default parallelism).")
  @Nullable Integer partitions;

  /**
   * Runs the sweep: the driver's entry point for {@code spark-submit}. Exits 0 when done, 2 on bad
   * input, with the messages of {@code peer}.
   *
   * @param args the command line: {@code SCENARIO.json --out DIR [--replicates N] [--seed S]
   *     [--independent-seeds] [--partitions P]}
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, with the exit codes and messages of {@code peer}. */
  static CommandLine commandLine() {
    return PeerCommand.withExitCodes(new CommandLine(new SparkSweep()));
  }

  @Override
  public Integer call() {
    Path scenario = options.scenario;
    Sweep sweep =
        new Sweep(
            Inputs.source(scenario),
            Inputs.text(scenario),
            options.replicates,
            options.seed,
            options.independentSeeds);
    sweep.experiment(); // checks the scenario and the replicates before Spark starts
    if (partitions != null && (partitions < 1 || partitions > MAX_PARTITIONS)) {
      throw new InputProblem(
          "--partitions: must be 1 to " + MAX_PARTITIONS + ", was " + partitions);
    }
    SparkConf conf =
        new SparkConf().setAppName("peer sweep").setIfMissing("spark.master", "local[*]");
    PrintWriter stdout = spec.commandLine().getOut();
    options.write(
        stdout,
        dir -> {
          try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            return run(sc, sweep, partitions == null ? sc.defaultParallelism() : partitions, dir);
          }
        });
    stdout.flush();
    return 0;
  }

  /**
   * Runs a sweep on a Spark context and writes its output, the bytes {@code peer simulate} writes.
   *
   * @param sc the context
   * @param sweep the sweep
   * @param partitions how many partitions to share the runs into, at least 1 (more than the runs
   *     leaves some empty)
   * @param out the directory to write to, created if need be
   * @return the files written: runs.csv, runs.jsonl, summary.csv, manifest.json
   * @throws IOException if a file cannot be written
   */
  static List<Path> run(JavaSparkContext sc, Sweep sweep, int partitions, Path out)
      throws IOException {
    int size = sweep.experiment().size();
    List<Integer> runs = IntStream.range(0, size).boxed().toList();
    List<PartText> parts =
        sc.parallelize(runs, partitions).mapPartitions(new RunParts(sweep)).collect();
    Path dir = Files.createTempDirectory("peer-sweep-parts");
    try {
      List<Path> written = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        written.add(parts.get(i).writeTo(dir.resolve(String.format(Locale.ROOT, "part-%05d", i))));
      }
      return ExperimentParts.mergeFiles(written, out);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  /**
   * What every partition needs to build the experiment again: the scenario's text (parsed the same
   * way on the driver and on each executor) and the options. Immutable.
   *
   * @param source the scenario file's name, for messages
   * @param scenarioText the scenario file's text
   * @param replicates runs of each arm
   * @param seed the master seed, or null for the scenario's
   * @param independentSeeds whether each policy gets its own seeds
   */
  record Sweep(
      String source,
      String scenarioText,
      int replicates,
      @Nullable Long seed,
      boolean independentSeeds)
      implements Serializable {
    /**
     * Builds the experiment, as {@code peer simulate} does, on one thread: Spark runs the
     * partitions in parallel.
     *
     * @throws InputProblem if the scenario or the options are bad
     */
    Experiment experiment() {
      return SimulateCommand.experiment(
          CoreFiles.readScenario(source, scenarioText), replicates, seed, 1, independentSeeds);
    }
  }

  /**
   * A partition's work: builds the experiment once and runs each range of consecutive run numbers
   * the partition holds as a part.
   */
  static final class RunParts implements FlatMapFunction<Iterator<Integer>, PartText> {
    private static final long serialVersionUID = 1L;

    private final Sweep sweep;

    RunParts(Sweep sweep) {
      this.sweep = sweep;
    }

    @Override
    public Iterator<PartText> call(Iterator<Integer> runs) {
      List<PartText> parts = new ArrayList<>();
      if (!runs.hasNext()) {
        return parts.iterator();
      }
      Experiment experiment = sweep.experiment();
      int first = runs.next();
      int last = first;
      while (runs.hasNext()) {
        int run = runs.next();
        if (run != last + 1) {
          parts.add(PartText.of(experiment.runRange(first, last)));
          first = run;
        }
        last = run;
      }
      parts.add(PartText.of(experiment.runRange(first, last)));
      return parts.iterator();
    }
  }

  /**
   * A part as its files' text, which travels from an executor to the driver.
   *
   * @param csv the part's runs.csv
   * @param jsonLines the part's runs.jsonl
   * @param manifest the part's part.json
   */
  record PartText(String csv, String jsonLines, String manifest) implements Serializable {
    static PartText of(ExperimentPart part) {
      String csv = part.csv();
      String jsonLines = part.jsonLines();
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put(ExperimentResult.CSV, csv.getBytes(StandardCharsets.UTF_8));
      files.put(ExperimentResult.JSON_LINES, jsonLines.getBytes(StandardCharsets.UTF_8));
      return new PartText(csv, jsonLines, part.manifest(files));
    }

    /** Writes the part's files into a directory, as {@link ExperimentPart#writeTo(Path)} does. */
    Path writeTo(Path dir) throws IOException {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(ExperimentResult.CSV), csv, StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve(ExperimentResult.JSON_LINES), jsonLines, StandardCharsets.UTF_8);
      return Files.writeString(
          dir.resolve(ExperimentPart.MANIFEST), manifest, StandardCharsets.UTF_8);
    }
  }
}
