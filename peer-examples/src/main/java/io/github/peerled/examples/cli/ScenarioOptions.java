package io.github.peerled.examples.cli;

import io.github.peerled.core.sim.Experiment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario, its replication and where the runs go: the options {@code peer simulate} and the
 * Spark sweep share, so that the same options give the same experiment and the same bytes. Each
 * command adds its own (threads, charts and a range of runs; partitions).
 */
final class ScenarioOptions {
  @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario.")
  Path scenario = Path.of("scenario.json");

  @Option(
      names = "--replicates",
      paramLabel = "N",
      defaultValue = "100",
      description = "Runs of each arm (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The master seed (default: the scenario's seed).")
  @Nullable Long seed;

  @Option(
      names = "--independent-seeds",
      description = "Give each policy its own seeds (default: policies share them).")
  boolean independentSeeds;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out = Path.of("out");

  /**
   * Reads the scenario and builds the experiment of these options, checking its size.
   *
   * @param threads the threads to run on
   * @return the experiment
   * @throws InputProblem if the scenario is missing, bad or too big, or an option out of range
   */
  Experiment experiment(int threads) {
    return SimulateCommand.experiment(
        Documents.scenario(scenario), replicates, seed, threads, independentSeeds);
  }

  /**
   * Writes files into the output directory ({@code --out}) and names each one written on standard
   * output.
   *
   * @param stdout the command's standard output
   * @param files what writes the files
   * @throws InputProblem if a file cannot be written
   */
  void write(PrintWriter stdout, OutputFiles files) {
    try {
      for (Path p : files.writeTo(out)) {
        stdout.println("wrote " + p);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InputProblem("cannot write to " + out + ": " + e.getMessage(), e);
    }
  }

  /** Writes files into a directory. */
  @FunctionalInterface
  interface OutputFiles {
    /**
     * Writes the files.
     *
     * @param dir the directory, created if need be
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    List<Path> writeTo(Path dir) throws IOException;
  }
}
