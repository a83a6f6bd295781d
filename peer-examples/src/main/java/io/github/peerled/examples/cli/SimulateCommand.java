package io.github.peerled.examples.cli;

import io.github.peerled.core.files.Document;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.sim.Experiment;
import io.github.peerled.core.sim.ExperimentResult;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.RunResult;
import io.github.peerled.core.sim.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peer simulate}: runs a scenario's arms, replicated, and writes the runs as CSV and JSON
 * lines with a manifest (and charts with {@code --plot}). Exit 0 when done, 2 on bad input.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a peer support group under each facilitation policy of a scenario, replicated,"
          + " and writes runs.csv, runs.jsonl, decisions.csv and manifest.json (with SHA-256"
          + " checksums) to the"
          + " output directory. The output is the same, byte for byte, for any number of threads.",
      "Limits: at most "
          + SimulateCommand.MAX_SESSIONS
          + " sessions of at most "
          + SimulateCommand.MAX_TURNS
          + " turns, "
          + SimulateCommand.MAX_RUNS
          + " runs (arms times replicates) and "
          + SimulateCommand.MAX_THREADS
          + " threads.",
      "Exit codes: 0 done, 2 bad input (the message names the file, the JSON path and what is"
          + " wrong) or an output directory that cannot be written."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

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
      names = "--threads",
      paramLabel = "T",
      description = "Threads to run on (default: the number of processors).")
  @Nullable Integer threads;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out = Path.of("out");

  @Option(
      names = "--plot",
      description = "Also write PNG charts: participation, unanswered requests, retention.")
  boolean plot;

  @Option(
      names = "--independent-seeds",
      description = "Give each policy its own seeds (default: policies share them).")
  boolean independentSeeds;

  /** The most runs one command makes: arms times replicates. */
  static final int MAX_RUNS = 1_000_000;

  /** The most threads one command runs on. */
  static final int MAX_THREADS = 256;

  /** The most sessions a scenario may simulate (some 190 years of weekly meetings). */
  static final int MAX_SESSIONS = 10_000;

  /** The most turns a simulated session may have (a real meeting has a few hundred). */
  static final int MAX_TURNS = 10_000;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Document<Scenario> parsed = Documents.scenario(scenario);
    Scenario s = parsed.value();
    List<Violation> tooBig = tooBig(s);
    if (!tooBig.isEmpty()) {
      throw InputProblem.of(Map.of(parsed.source(), parsed.locate(tooBig)));
    }
    int t =
        threads == null
            ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())
            : threads;
    if (replicates < 1 || replicates > MAX_RUNS) {
      throw new InputProblem("--replicates: must be 1 to " + MAX_RUNS + ", was " + replicates);
    }
    if (t < 1 || t > MAX_THREADS) {
      throw new InputProblem("--threads: must be 1 to " + MAX_THREADS + ", was " + t);
    }
    if ((long) replicates * s.arms().size() > MAX_RUNS) {
      throw new InputProblem(
          "--replicates: "
              + replicates
              + " runs of each of "
              + s.arms().size()
              + " arms make more than "
              + MAX_RUNS
              + " runs; use fewer replicates");
    }
    Experiment experiment =
        Experiment.custom()
            .scenario(s)
            .replicates(replicates)
            .masterSeed(seed == null ? s.seed() : seed)
            .threads(t)
            .commonRandomNumbers(!independentSeeds)
            .build();
    ExperimentResult result;
    if (onTerminal()) {
      ProgressBar bar = new ProgressBar(System.err, experiment.size());
      result = experiment.run(bar::update);
      bar.finish();
    } else {
      result = experiment.run();
    }
    try {
      for (Path p : result.writeTo(out)) {
        stdout.println("wrote " + p);
      }
      if (plot) {
        for (Path p : Charts.write(result, out)) {
          stdout.println("wrote " + p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InputProblem("cannot write to " + out + ": " + e.getMessage(), e);
    }
    summary(stdout, s, result);
    stdout.flush();
    return 0;
  }

  /** Returns what makes a scenario too big to run: too many sessions or turns. */
  static List<Violation> tooBig(Scenario s) {
    List<Violation> out = new ArrayList<>();
    if (s.sessions() > MAX_SESSIONS) {
      out.add(
          FileProblem.TOO_BIG.at(
              "$.sessions", "sessions must be 1 to " + MAX_SESSIONS + ", was " + s.sessions()));
    }
    if (s.turnsPerSession() > MAX_TURNS) {
      out.add(
          FileProblem.TOO_BIG.at(
              "$.turnsPerSession",
              "turnsPerSession must be 1 to " + MAX_TURNS + ", was " + s.turnsPerSession()));
    }
    return out;
  }

  private static void summary(PrintWriter out, Scenario s, ExperimentResult result) {
    out.println();
    out.printf(
        Locale.ROOT,
        "%-24s %6s %22s %10s %11s %8s %13s %9s%n",
        "arm",
        "runs",
        "Gini (95% CI)",
        "top share",
        "unanswered",
        "advice",
        "interventions",
        "retention");
    for (PolicyArm arm : s.arms()) {
      List<RunResult> runs = result.runs(s.name(), arm.label());
      double[] gini = stats(runs, r -> r.metrics().meanGini());
      out.printf(
          Locale.ROOT,
          "%-24s %6d %8.4f [%.4f, %.4f] %10.4f %11.4f %8.4f %13.1f %9.4f%n",
          arm.label(),
          runs.size(),
          gini[0],
          gini[0] - gini[1],
          gini[0] + gini[1],
          stats(runs, r -> r.metrics().meanTopSpeakerShare())[0],
          stats(runs, r -> r.metrics().unansweredRequestRate())[0],
          stats(runs, r -> r.metrics().adviceShare())[0],
          stats(runs, r -> r.metrics().interventions())[0],
          stats(runs, r -> r.metrics().retention())[0]);
    }
  }

  /**
   * Tells whether standard error is a terminal: there is a console (Java 17 to 21 give none when
   * input or output is redirected), and on Java 22 and newer it says it is a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // checked, and on Java 22+ isTerminal() is asked too
  static boolean onTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Object terminal = java.io.Console.class.getMethod("isTerminal").invoke(console);
      return Boolean.TRUE.equals(terminal);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console means a terminal
    }
  }

  /** Returns the mean and the half-width of its normal 95% confidence interval, skipping NaN. */
  static double[] stats(List<RunResult> runs, ToDoubleFunction<RunResult> metric) {
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (RunResult r : runs) {
      double v = metric.applyAsDouble(r);
      if (!Double.isNaN(v)) {
        sum += v;
        sumSq += v * v;
        n++;
      }
    }
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double mean = sum / n;
    double var = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
    return new double[] {mean, 1.96 * Math.sqrt(var / n)};
  }

  /** A progress bar for the terminal: one line, redrawn in place, at most every 100 ms. */
  static final class ProgressBar {
    private final PrintStream out;
    private final int total;
    private long lastDraw;

    ProgressBar(PrintStream out, int total) {
      this.out = out;
      this.total = total;
    }

    synchronized void update(int done) {
      long now = System.nanoTime();
      if (done < total && now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      int width = 40;
      int filled = (int) ((long) done * width / Math.max(1, total));
      out.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(width - filled)
              + "] "
              + done
              + "/"
              + total
              + " runs");
      out.flush();
    }

    synchronized void finish() {
      update(total);
      out.println();
    }
  }
}
