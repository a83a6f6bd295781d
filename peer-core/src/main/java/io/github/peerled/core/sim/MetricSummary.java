package io.github.peerled.core.sim;

/**
 * One metric of one arm of one scenario, over the arm's replicates: the mean and its 95% confidence
 * interval from Student's t distribution with {@code n - 1} degrees of freedom ({@code mean ± t ·
 * sd / √n}). Runs for which the metric is undefined (NaN) are left out of {@code n}. Immutable and
 * thread-safe.
 *
 * @param scenario the scenario's name
 * @param arm the arm's label
 * @param metric the metric's column name in {@code runs.csv}, such as {@code mean_gini}
 * @param n how many runs defined the metric
 * @param mean their mean, or NaN if {@code n} is 0
 * @param sd their sample standard deviation, or NaN if {@code n} is below 2
 * @param low the lower end of the 95% confidence interval, or NaN if {@code n} is below 2
 * @param high the upper end of the 95% confidence interval, or NaN if {@code n} is below 2
 */
public record MetricSummary(
    String scenario,
    String arm,
    String metric,
    int n,
    double mean,
    double sd,
    double low,
    double high) {

  /**
   * Summarizes values of a metric over runs: mean, sample standard deviation and the Student t 95%
   * interval, leaving NaN values out; the same arithmetic as {@code summary.csv}.
   *
   * @param scenario the scenario's name
   * @param arm the arm's label
   * @param metric the metric's name
   * @param values the values, one per run, in run order
   * @return the summary
   */
  public static MetricSummary of(String scenario, String arm, String metric, double... values) {
    return Summary.summarize(scenario, arm, metric, values, new java.util.HashMap<>());
  }
}
