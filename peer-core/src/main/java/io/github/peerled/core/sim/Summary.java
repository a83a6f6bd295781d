package io.github.peerled.core.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Per arm, the mean and 95% confidence interval of every metric of {@link RunMetrics}, from the
 * runs alone (no experiment needed), so merged parts give the same summary as one run of the whole.
 * Sums run in run order; the t quantile comes from {@link StudentT}. Stateless and thread-safe.
 */
final class Summary {
  private Summary() {}

  /** The metrics summarized: their {@code runs.csv} column names and how to read them. */
  static final Map<String, ToDoubleFunction<RunMetrics>> METRICS = metrics();

  private static Map<String, ToDoubleFunction<RunMetrics>> metrics() {
    Map<String, ToDoubleFunction<RunMetrics>> m = new LinkedHashMap<>();
    m.put("sessions_held", RunMetrics::sessionsHeld);
    m.put("member_turns", RunMetrics::memberTurns);
    m.put("mean_gini", RunMetrics::meanGini);
    m.put("mean_top_speaker_share", RunMetrics::meanTopSpeakerShare);
    m.put("fitted_r", RunMetrics::fittedR);
    m.put("requests", RunMetrics::requests);
    m.put("unanswered_request_rate", RunMetrics::unansweredRequestRate);
    m.put("mean_turns_to_first_response", RunMetrics::meanTurnsToFirstResponse);
    m.put("advice_share", RunMetrics::adviceShare);
    m.put("trauma_stories", RunMetrics::traumaStories);
    m.put("interventions", RunMetrics::interventions);
    for (InterventionKind k : InterventionKind.values()) {
      m.put(
          "interventions_" + k.name().toLowerCase(Locale.ROOT),
          x -> x.interventionsByKind().getOrDefault(k, 0));
    }
    m.put("mean_attendance", RunMetrics::meanAttendance);
    m.put("retention", RunMetrics::retention);
    m.put("newcomer_retention", RunMetrics::newcomerRetention);
    m.put("proposals", RunMetrics::proposals);
    m.put("guideline_versions_adopted", RunMetrics::guidelineVersionsAdopted);
    m.put("proposals_failed", RunMetrics::proposalsFailed);
    m.put("proposals_closed", RunMetrics::proposalsClosed);
    m.put("stance_participation", RunMetrics::stanceParticipation);
    m.put("quorum_met_rate", RunMetrics::quorumMetRate);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The metrics of facilitator terms ({@link RunMetrics#facilitatorTerms()}), summarized after
   * {@link #METRICS} for arms whose runs had terms.
   */
  static final Map<String, ToDoubleFunction<RunMetrics>> TERM_METRICS = termMetrics();

  private static Map<String, ToDoubleFunction<RunMetrics>> termMetrics() {
    Map<String, ToDoubleFunction<TermMetrics>> t = new LinkedHashMap<>();
    t.put("sessions_per_term", TermMetrics::sessionsPerTerm);
    t.put("facilitator_terms", TermMetrics::terms);
    t.put("facilitators", TermMetrics::facilitators);
    t.put("burnout_episodes", TermMetrics::burnoutEpisodes);
    t.put("sessions_with_burnt_out_facilitator", TermMetrics::sessionsWithBurntOutFacilitator);
    t.put("facilitator_drop_outs", TermMetrics::facilitatorDropOuts);
    t.put("unanswered_requests", TermMetrics::unansweredRequests);
    Map<String, ToDoubleFunction<RunMetrics>> m = new LinkedHashMap<>();
    for (Map.Entry<String, ToDoubleFunction<TermMetrics>> e : t.entrySet()) {
      ToDoubleFunction<TermMetrics> f = e.getValue();
      m.put(
          e.getKey(),
          x -> x.facilitatorTerms().map(f::applyAsDouble).orElse(Double.NaN).doubleValue());
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The summaries of runs: arms in the order they first appear, metrics in {@link #METRICS}, then
   * {@link #TERM_METRICS} for arms with facilitator terms.
   */
  static List<MetricSummary> of(List<RunResult> runs) {
    Map<List<String>, List<RunMetrics>> arms = new LinkedHashMap<>();
    for (RunResult r : runs) {
      arms.computeIfAbsent(List.of(r.scenario(), r.arm()), k -> new ArrayList<>()).add(r.metrics());
    }
    Map<Integer, Double> quantiles = new HashMap<>();
    List<MetricSummary> out = new ArrayList<>();
    for (Map.Entry<List<String>, List<RunMetrics>> arm : arms.entrySet()) {
      Map<String, ToDoubleFunction<RunMetrics>> metrics = METRICS;
      if (arm.getValue().stream().allMatch(x -> x.facilitatorTerms().isPresent())) {
        metrics = new LinkedHashMap<>(METRICS);
        metrics.putAll(TERM_METRICS);
      }
      for (Map.Entry<String, ToDoubleFunction<RunMetrics>> metric : metrics.entrySet()) {
        out.add(
            summarize(
                arm.getKey().get(0),
                arm.getKey().get(1),
                metric.getKey(),
                arm.getValue(),
                metric.getValue(),
                quantiles));
      }
    }
    return out;
  }

  /**
   * One metric over runs: mean, sample standard deviation (two passes) and the Student t interval.
   */
  static MetricSummary summarize(
      String scenario,
      String arm,
      String metric,
      List<RunMetrics> runs,
      ToDoubleFunction<RunMetrics> read,
      Map<Integer, Double> quantiles) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = read.applyAsDouble(runs.get(i));
    }
    return summarize(scenario, arm, metric, values, quantiles);
  }

  /** Values over runs, NaN left out: mean, sd (two passes), Student t interval. */
  static MetricSummary summarize(
      String scenario, String arm, String metric, double[] values, Map<Integer, Double> quantiles) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n == 0) {
      return new MetricSummary(
          scenario, arm, metric, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = sum / n;
    if (n == 1) {
      return new MetricSummary(scenario, arm, metric, 1, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    double sd = StrictMath.sqrt(squares / (n - 1));
    double t = quantiles.computeIfAbsent(n - 1, df -> StudentT.quantile(0.975, df));
    double half = t * sd / StrictMath.sqrt(n);
    return new MetricSummary(scenario, arm, metric, n, mean, sd, mean - half, mean + half);
  }

  /** The header of {@code summary.csv}. */
  static final String HEADER = "scenario,arm,metric,n,mean,sd,ci95_low,ci95_high";

  /** The text of {@code summary.csv}: a header and one row per arm and metric. */
  static String csv(List<MetricSummary> summaries) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (MetricSummary s : summaries) {
      b.append(Csv.text(s.scenario())).append(',');
      b.append(Csv.text(s.arm())).append(',');
      b.append(s.metric()).append(',');
      b.append(s.n()).append(',');
      b.append(Csv.number(s.mean())).append(',');
      b.append(Csv.number(s.sd())).append(',');
      b.append(Csv.number(s.low())).append(',');
      b.append(Csv.number(s.high())).append('\n');
    }
    return b.toString();
  }

  /** How numbers and text are spelled in the CSV files. */
  static final class Csv {
    private Csv() {}

    /** The exact binary value rounded half-even to 6 decimals: the same on every platform. */
    static String number(double v) {
      return Double.isNaN(v)
          ? "NaN"
          : new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Text, quoted if it holds a comma, a quote or a line end. */
    static String text(String v) {
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
        return '"' + v.replace("\"", "\"\"") + '"';
      }
      return v;
    }
  }
}
