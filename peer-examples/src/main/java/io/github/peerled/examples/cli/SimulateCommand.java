package io.github.peerled.examples.cli;

import io.github.peerled.core.files.Document;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.sim.Experiment;
import io.github.peerled.core.sim.ExperimentPart;
import io.github.peerled.core.sim.ExperimentResult;
import io.github.peerled.core.sim.MetricSummary;
import io.github.peerled.core.sim.Scenario;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
          + " and writes runs.csv, runs.jsonl and manifest.json (with SHA-256 checksums) to the"
          + " output directory, with summary.csv: per arm, the mean and 95%% confidence interval"
          + " (Student t over the replicates) of every metric, also printed as a table. The"
          + " output is the same, byte for byte, for any number of threads.",
      "With --runs A..B it runs only those runs (numbered from 0, both ends included) and writes"
          + " a part (runs.csv, runs.jsonl, part.json); 'peer merge' joins the parts into the"
          + " bytes of one run of the whole, so a job array can share the runs out.",
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

  @Mixin ScenarioOptions options = new ScenarioOptions();

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads to run on (default: the number of processors).")
  @Nullable Integer threads;

  @Option(
      names = "--plot",
      description =
          "Also write charts with 95%% confidence intervals, as PNG and SVG: participation,"
              + " unanswered requests, advice share, retention.")
  boolean plot;

  @Option(
      names = "--runs",
      paramLabel = "A..B",
      description = "Only runs A to B (from 0, both included), written as a part for 'peer merge'.")
  @Nullable String runs;

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
    int t =
        threads == null
            ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())
            : threads;
    Experiment experiment = options.experiment(t);
    if (runs != null) {
      return part(stdout, experiment, runs);
    }
    ExperimentResult result;
    if (onTerminal()) {
      ProgressBar bar = new ProgressBar(System.err, experiment.size());
      result = experiment.run(bar::update);
      bar.finish();
    } else {
      result = experiment.run();
    }
    options.write(stdout, result::writeTo);
    if (plot) {
      options.write(stdout, dir -> Charts.write(result, dir));
    }
    summary(stdout, result);
    stdout.flush();
    return 0;
  }

  /**
   * Builds the experiment {@code peer simulate} runs, checking its size first; the Spark sweep
   * builds the same one, so that both write the same bytes.
   *
   * @throws InputProblem if the scenario is too big, or the replicates or threads out of range
   */
  static Experiment experiment(
      Document<Scenario> parsed,
      int replicates,
      @Nullable Long seed,
      int threads,
      boolean independentSeeds) {
    Scenario s = parsed.value();
    List<Violation> tooBig = tooBig(s);
    if (!tooBig.isEmpty()) {
      throw InputProblem.of(Map.of(parsed.source(), parsed.locate(tooBig)));
    }
    if (replicates < 1 || replicates > MAX_RUNS) {
      throw new InputProblem("--replicates: must be 1 to " + MAX_RUNS + ", was " + replicates);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      throw new InputProblem("--threads: must be 1 to " + MAX_THREADS + ", was " + threads);
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
    return Experiment.custom()
        .scenario(s)
        .replicates(replicates)
        .masterSeed(seed == null ? s.seed() : seed)
        .threads(threads)
        .commonRandomNumbers(!independentSeeds)
        .build();
  }

  /** Runs a range of the runs and writes it as a part. */
  private int part(PrintWriter stdout, Experiment experiment, String range) {
    if (plot) {
      throw new InputProblem("--plot: charts need every run; merge the parts first");
    }
    int[] ab = range(range, experiment.size());
    ExperimentPart part = experiment.runRange(ab[0], ab[1]);
    options.write(stdout, part::writeTo);
    stdout.println(
        "runs "
            + ab[0]
            + ".."
            + ab[1]
            + " of 0.."
            + (experiment.size() - 1)
            + "; merge the parts"
            + " with 'peer merge'");
    stdout.flush();
    return 0;
  }

  /** Reads {@code A..B}: both ends included, within the experiment's runs. */
  static int[] range(String text, int size) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,9})\\.\\.(\\d{1,9})").matcher(text);
    if (!m.matches()) {
      throw new InputProblem("--runs: expected A..B such as 0..99, was '" + text + "'");
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a > b || b >= size) {
      throw new InputProblem(
          "--runs: "
              + text
              + " is not a range of the experiment's runs 0.."
              + (size - 1)
              + " (A at most B, both from 0)");
    }
    return new int[] {a, b};
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

  /** The metrics the printed table shows (summary.csv holds them all). */
  private static final List<String> SHOWN =
      List.of(
          "mean_gini",
          "mean_top_speaker_share",
          "unanswered_request_rate",
          "advice_share",
          "interventions",
          "retention");

  /** The metrics of facilitator terms printed, in a table of their own, for arms with terms. */
  private static final List<String> TERMS_SHOWN =
      List.of(
          "facilitator_terms",
          "burnout_episodes",
          "sessions_with_burnt_out_facilitator",
          "facilitator_drop_outs",
          "unanswered_requests");

  private static void summary(PrintWriter out, ExperimentResult result) {
    out.println();
    out.println(
        "Mean and 95% confidence interval over the replicates (Student t); every metric is in "
            + ExperimentResult.SUMMARY
            + ".");
    table(out, result, SHOWN);
    if (result.summary().stream().anyMatch(m -> m.metric().equals(TERMS_SHOWN.get(0)))) {
      out.println();
      out.println("Facilitator terms and burn-out, in the arms with terms:");
      table(out, result, TERMS_SHOWN);
    }
  }

  /** Prints a table of some metrics, one row per arm that has the first of them. */
  private static void table(PrintWriter out, ExperimentResult result, List<String> shown) {
    out.printf(Locale.ROOT, "%-32s %6s", "arm", "runs");
    for (String metric : shown) {
      out.printf(Locale.ROOT, " %-" + width(metric) + "s", metric);
    }
    out.println();
    Map<String, MetricSummary> row = new java.util.LinkedHashMap<>();
    int runsOfArm = 0;
    String current = null;
    boolean many = result.experiment().scenarios().size() > 1;
    for (MetricSummary m : result.summary()) {
      String arm = many ? m.scenario() + "/" + m.arm() : m.arm();
      if (!arm.equals(current)) {
        if (current != null && row.containsKey(shown.get(0))) {
          printRow(out, current, runsOfArm, row, shown);
        }
        current = arm;
        row.clear();
        runsOfArm = result.runs(m.scenario(), m.arm()).size();
      }
      row.put(m.metric(), m);
    }
    if (current != null && row.containsKey(shown.get(0))) {
      printRow(out, current, runsOfArm, row, shown);
    }
  }

  private static void printRow(
      PrintWriter out, String arm, int runs, Map<String, MetricSummary> row, List<String> shown) {
    out.printf(Locale.ROOT, "%-32s %6d", arm, runs);
    for (String metric : shown) {
      MetricSummary m = row.get(metric);
      out.printf(Locale.ROOT, " %-" + width(metric) + "s", m == null ? "" : interval(m));
    }
    out.println();
  }

  /** A column wide enough for an interval and for the metric's name. */
  private static int width(String metric) {
    return Math.max(27, metric.length());
  }

  /** A mean and its interval, such as {@code 0.4120 [0.4031, 0.4209]}. */
  static String interval(MetricSummary m) {
    if (Double.isNaN(m.low())) {
      return String.format(Locale.ROOT, "%.4f", m.mean());
    }
    return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", m.mean(), m.low(), m.high());
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
