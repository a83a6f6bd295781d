package io.github.peerled.core.sim;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of an {@link Experiment}, in run order, and their output: a CSV file with one row per
 * run (run number, id, replicate, seed, every parameter, every metric; numbers in fixed decimal
 * notation, independent of the locale), the same runs as JSON lines, and a manifest with the
 * parameters, versions and SHA-256 checksums of the files. The same experiment gives the same bytes
 * whatever the number of threads. The model uses {@link StrictMath}, so runs are the same on every
 * Java platform; the CSV's fixed decimals are too, while JSON lines write the shortest decimal form
 * of each number, which some Java versions spell differently (the manifest names the version).
 * Immutable and thread-safe.
 */
public final class ExperimentResult {
  /** The name of the CSV file. */
  public static final String CSV = "runs.csv";

  /** The name of the JSON lines file. */
  public static final String JSON_LINES = "runs.jsonl";

  /** The name of the manifest. */
  public static final String MANIFEST = "manifest.json";

  /** The name of the summary: per arm, the mean and 95% confidence interval of every metric. */
  public static final String SUMMARY = "summary.csv";

  /** The version of the output format and of the model; it changes when results would. */
  public static final String FORMAT = "peerled-simulation/1";

  private final Experiment experiment;
  private final List<RunResult> runs;

  ExperimentResult(Experiment experiment, List<RunResult> runs) {
    this.experiment = experiment;
    this.runs = List.copyOf(runs);
  }

  /**
   * Returns the experiment.
   *
   * @return the experiment
   */
  public Experiment experiment() {
    return experiment;
  }

  /**
   * Returns the runs.
   *
   * @return the results, in run order
   */
  public List<RunResult> runs() {
    return runs;
  }

  /**
   * Returns the runs of one arm of one scenario.
   *
   * @param scenario the scenario's name
   * @param arm the arm's label
   * @return the results, in replicate order
   */
  public List<RunResult> runs(String scenario, String arm) {
    List<RunResult> out = new ArrayList<>();
    for (RunResult r : runs) {
      if (r.scenario().equals(scenario) && r.arm().equals(arm)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the CSV text: a header and one row per run, lines ending in {@code \n}.
   *
   * @return the text
   */
  public String csv() {
    StringBuilder b = new StringBuilder(256 * (runs.size() + 1));
    b.append(String.join(",", header())).append('\n');
    for (int run = 0; run < runs.size(); run++) {
      Experiment.Slot at = experiment.locate(run);
      row(b, at.scenario(), at.policyArm(), runs.get(run));
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Returns the CSV text of the decisions: a header and one row per run, lines ending in {@code
   * \n}: the behaviour's late stance and reminder effect, the proposals made and closed, the
   * members who counted at the closes and how many of them had taken a stance (and that share), and
   * how many closes met quorum (and that share). It sits beside {@link #csv()}, whose columns it
   * leaves as they were; {@link #writeTo(Path)} does not write it, because {@code summary.csv}
   * carries the means and intervals of the same metrics per arm.
   *
   * @return the text
   */
  public String decisionsCsv() {
    StringBuilder b = new StringBuilder(128 * (runs.size() + 1));
    b.append(
        "run,run_id,scenario,arm,policies,late_stance,reminder_effect,proposals,proposals_closed,"
            + "electorate_at_close,stances_at_close,stance_participation,quorums_met,"
            + "quorum_met_rate\n");
    for (int run = 0; run < runs.size(); run++) {
      Experiment.Slot at = experiment.locate(run);
      RunResult r = runs.get(run);
      RunMetrics x = r.metrics();
      b.append(r.run()).append(',');
      text(b, r.runId());
      text(b, r.scenario());
      text(b, r.arm());
      text(b, at.policyArm().policy().label());
      num(b, at.scenario().behaviour().lateStance());
      num(b, at.scenario().behaviour().reminderEffect());
      b.append(x.proposals()).append(',');
      b.append(x.proposalsClosed()).append(',');
      b.append(x.electorateAtClose()).append(',');
      b.append(x.stancesAtClose()).append(',');
      num(b, x.stanceParticipation());
      b.append(x.quorumsMet()).append(',');
      b.append(Summary.Csv.number(x.quorumMetRate())).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns the CSV row of one run, without its line end.
   *
   * @param run the run's number
   * @return the row
   * @throws IndexOutOfBoundsException if there is no such run
   */
  public String csvRow(int run) {
    return csvRow(experiment, runs.get(run));
  }

  /**
   * Returns the CSV row of a run of an experiment, without its line end; the same as the row {@link
   * #csv()} gives for it.
   *
   * @param experiment the experiment
   * @param result the run's result, as {@link Experiment#runOne(int)} gives it
   * @return the row
   * @throws IllegalArgumentException if the run is not one of the experiment's
   */
  public static String csvRow(Experiment experiment, RunResult result) {
    Experiment.Slot at;
    try {
      at = experiment.locate(result.run());
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("run " + result.run() + " is not in the experiment", e);
    }
    StringBuilder b = new StringBuilder();
    row(b, at.scenario(), at.policyArm(), result);
    return b.toString();
  }

  /**
   * Returns the JSON lines text: one compact JSON object per run (without event logs).
   *
   * @return the text
   */
  public String jsonLines() {
    StringBuilder b = new StringBuilder();
    for (RunResult r : runs) {
      b.append(PeerledJson.write(r)).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns, per arm of each scenario, the mean and 95% confidence interval (Student t over the
   * replicates) of every metric of {@link RunMetrics}, in the order of {@code runs.csv}'s columns.
   *
   * @return the summaries, arm by arm in run order
   */
  public List<MetricSummary> summary() {
    return Summary.of(runs);
  }

  /**
   * Returns the text of {@code summary.csv}: a header ({@code
   * scenario,arm,metric,n,mean,sd,ci95_low,ci95_high}) and one row per arm and metric, numbers in
   * the fixed decimals of {@link #csv()}.
   *
   * @return the text
   */
  public String summaryCsv() {
    return Summary.csv(summary());
  }

  /**
   * Writes the CSV, the JSON lines, the summary and the manifest into a directory, creating it if
   * need be.
   *
   * @param dir the directory
   * @return the files written: CSV, JSON lines, summary, manifest
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeTo(Path dir) throws IOException {
    return write(
        dir,
        Manifests.identity(experiment),
        csv().getBytes(StandardCharsets.UTF_8),
        jsonLines().getBytes(StandardCharsets.UTF_8),
        summaryCsv().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the output files and their manifest: one path for one run and for merged parts. */
  static List<Path> write(
      Path dir, Map<String, ?> identity, byte[] csv, byte[] jsonl, byte[] summary)
      throws IOException {
    Files.createDirectories(dir);
    Path csvFile = Files.write(dir.resolve(CSV), csv);
    Path jsonlFile = Files.write(dir.resolve(JSON_LINES), jsonl);
    Path summaryFile = Files.write(dir.resolve(SUMMARY), summary);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(CSV, csv);
    files.put(JSON_LINES, jsonl);
    files.put(SUMMARY, summary);
    Path manifest =
        Files.write(
            dir.resolve(MANIFEST),
            Manifests.write(identity, files).getBytes(StandardCharsets.UTF_8));
    return List.of(csvFile, jsonlFile, summaryFile, manifest);
  }

  /**
   * Returns the manifest for output files: the format, the version and git commit of the build, the
   * Java version, the experiment's parameters and scenarios, and the size and SHA-256 of each file.
   * It leaves out the number of threads (which does not change the output) and any time stamp.
   *
   * @param files the files' names and contents, in order
   * @return the manifest as indented JSON
   */
  public String manifest(Map<String, byte[]> files) {
    return Manifests.write(Manifests.identity(experiment), files);
  }

  /**
   * Returns the SHA-256 of bytes, in lower-case hex.
   *
   * @param bytes the bytes
   * @return the checksum
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  static List<String> header() {
    List<String> h = new ArrayList<>();
    h.addAll(
        List.of(
            "run",
            "run_id",
            "scenario",
            "arm",
            "policies",
            "replicate",
            "seed",
            "group_size",
            "newcomers",
            "sessions",
            "turns_per_session",
            "participation_ratio",
            "custom_propensities"));
    for (Act a : Act.values()) {
      h.add("act_" + a.name().toLowerCase(Locale.ROOT));
    }
    h.addAll(
        List.of(
            "custom_member_acts",
            "trauma_contagion",
            "attendance",
            "newcomer_return_if_answered",
            "newcomer_return_if_unanswered",
            "drop_out_after_missed",
            "proposal_rate",
            "agree",
            "concern",
            "object",
            "guideline_decision_method",
            "sessions_held",
            "member_turns",
            "mean_gini",
            "mean_top_speaker_share",
            "fitted_r",
            "requests",
            "unanswered_request_rate",
            "mean_turns_to_first_response",
            "advice_share",
            "trauma_stories",
            "interventions"));
    for (InterventionKind k : InterventionKind.values()) {
      h.add("interventions_" + k.name().toLowerCase(Locale.ROOT));
    }
    h.addAll(
        List.of(
            "mean_attendance",
            "retention",
            "newcomer_retention",
            "proposals",
            "guideline_versions_adopted",
            "proposals_failed"));
    return h;
  }

  private static void row(StringBuilder b, Scenario s, PolicyArm arm, RunResult r) {
    BehaviourModel m = s.behaviour();
    RunMetrics x = r.metrics();
    b.append(r.run()).append(',');
    text(b, r.runId());
    text(b, r.scenario());
    text(b, r.arm());
    text(b, arm.policy().label());
    b.append(r.replicate()).append(',');
    b.append(r.seed()).append(',');
    b.append(s.group().size()).append(',');
    b.append(s.group().newcomers()).append(',');
    b.append(s.sessions()).append(',');
    b.append(s.turnsPerSession()).append(',');
    num(b, m.participationRatio());
    b.append(!m.propensities().isEmpty()).append(',');
    for (Act a : Act.values()) {
      num(b, m.acts().getOrDefault(a, 0.0));
    }
    b.append(!m.memberActs().isEmpty()).append(',');
    num(b, m.traumaContagion());
    num(b, m.attendance());
    num(b, m.newcomerReturnIfAnswered());
    num(b, m.newcomerReturnIfUnanswered());
    b.append(m.dropOutAfterMissed()).append(',');
    num(b, m.proposalRate());
    num(b, m.agree());
    num(b, m.concern());
    num(b, m.object());
    text(b, s.group().governance().procedureFor(DecisionKind.GUIDELINES).method().name());
    b.append(x.sessionsHeld()).append(',');
    b.append(x.memberTurns()).append(',');
    num(b, x.meanGini());
    num(b, x.meanTopSpeakerShare());
    num(b, x.fittedR());
    b.append(x.requests()).append(',');
    num(b, x.unansweredRequestRate());
    num(b, x.meanTurnsToFirstResponse());
    num(b, x.adviceShare());
    b.append(x.traumaStories()).append(',');
    b.append(x.interventions()).append(',');
    for (InterventionKind k : InterventionKind.values()) {
      b.append(x.interventionsByKind().getOrDefault(k, 0)).append(',');
    }
    num(b, x.meanAttendance());
    num(b, x.retention());
    num(b, x.newcomerRetention());
    b.append(x.proposals()).append(',');
    b.append(x.guidelineVersionsAdopted()).append(',');
    b.append(x.proposalsFailed());
  }

  private static void num(StringBuilder b, double v) {
    b.append(Summary.Csv.number(v)).append(',');
  }

  private static void text(StringBuilder b, String v) {
    b.append(Summary.Csv.text(v)).append(',');
  }
}
