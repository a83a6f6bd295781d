package io.github.peerled.examples.cli;

import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.sim.ExperimentParts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peer merge}: merges the parts {@code peer simulate --runs A..B} wrote into the output of
 * one run of the whole experiment, byte for byte. Exit 0 when done, 2 on bad input.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges the parts written by 'peer simulate --runs A..B' (in any order) into runs.csv,"
          + " runs.jsonl, summary.csv and manifest.json: the same bytes as one 'peer simulate' of"
          + " the whole experiment. No run is made again.",
      "The parts must come from the same experiment (scenarios, seed, replicates, seeding, build"
          + " version and commit, Java version) and cover its runs exactly once; their files must"
          + " match the checksums in their part.json.",
      "Exit codes: 0 done, 2 bad input (the message names the part's file and what is wrong;"
          + " nothing is written) or an output directory that cannot be written."
    })
final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(
      arity = "1..*",
      paramLabel = "PART",
      description = "A part: the directory 'peer simulate --runs' wrote, or its part.json.")
  List<Path> parts = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out = Path.of("out");

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    List<Path> written;
    try {
      written = ExperimentParts.mergeFiles(parts, out);
    } catch (IllegalArgumentException | JsonInputException e) {
      throw new InputProblem(String.valueOf(e.getMessage()), e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputProblem("cannot merge into " + out + ": " + e.getMessage(), e);
    }
    for (Path p : written) {
      stdout.println("wrote " + p);
    }
    stdout.flush();
    return 0;
  }
}
