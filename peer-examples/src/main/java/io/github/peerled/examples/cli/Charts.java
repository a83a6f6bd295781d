package io.github.peerled.examples.cli;

import io.github.peerled.core.sim.ExperimentResult;
import io.github.peerled.core.sim.MetricSummary;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.RunResult;
import io.github.peerled.core.sim.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Charts of an experiment, drawn headless, as PNG and SVG: participation by speaker rank, requests
 * left unanswered, advice share, and retention by session. Every point and bar carries its 95%
 * confidence interval (Student t over the replicates, as in {@code summary.csv}); the arms of a
 * line chart are shifted apart a little on the x axis so that equal lines and their intervals stay
 * visible; legends sit outside the plot; value axes start at zero, or their title says where they
 * start.
 */
final class Charts {
  private static final int WIDTH = 1200;
  private static final int HEIGHT = 700;

  private Charts() {}

  /** One arm of one scenario, as the charts name it, with its runs. */
  private record Arm(String name, Scenario scenario, List<RunResult> runs) {}

  static List<Path> write(ExperimentResult result, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    boolean many = result.experiment().scenarios().size() > 1;
    List<Arm> arms = new ArrayList<>();
    for (Scenario s : result.experiment().scenarios()) {
      for (PolicyArm arm : s.arms()) {
        arms.add(
            new Arm(
                many ? s.name() + "/" + arm.label() : arm.label(),
                s,
                result.runs(s.name(), arm.label())));
      }
    }
    List<Path> out = new ArrayList<>();
    out.addAll(save(participation(arms), dir, "participation"));
    out.addAll(
        save(
            bars(
                arms,
                "Requests for support left unanswered",
                "mean share of requests unanswered",
                r -> r.metrics().unansweredRequestRate()),
            dir,
            "unanswered-requests"));
    out.addAll(
        save(
            bars(
                arms,
                "Advice share: member turns that gave advice",
                "mean share of member turns",
                r -> r.metrics().adviceShare()),
            dir,
            "advice-share"));
    out.addAll(save(retention(arms), dir, "retention"));
    return out;
  }

  private static XYChart participation(List<Arm> arms) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Participation: mean share of turns by speaker rank (95% CI)")
            .xAxisTitle("speaker rank (1 = talks most; arms shifted apart to stay visible)")
            .yAxisTitle("share of turns")
            .build();
    style(chart);
    chart.getStyler().setYAxisMin(0.0);
    int maxSize = 1;
    for (int a = 0; a < arms.size(); a++) {
      Arm arm = arms.get(a);
      int n = arm.scenario().group().size();
      maxSize = Math.max(maxSize, n);
      double[] x = new double[n];
      double[] y = new double[n];
      double[] err = new double[n];
      List<double[]> shares = new ArrayList<>();
      for (RunResult r : arm.runs()) {
        shares.add(rankedShares(r, n));
      }
      for (int i = 0; i < n; i++) {
        double[] v = new double[shares.size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = shares.get(k)[i];
        }
        MetricSummary m = MetricSummary.of(arm.scenario().name(), arm.name(), "share", v);
        x[i] = i + 1 + dodge(a, arms.size());
        y[i] = m.mean();
        err[i] = halfWidth(m);
      }
      line(chart, arm.name(), x, y, err, a);
    }
    chart.getStyler().setXAxisMin(0.5);
    chart.getStyler().setXAxisMax(maxSize + 0.5);
    return chart;
  }

  private static XYChart retention(List<Arm> arms) {
    List<double[][]> lines = new ArrayList<>();
    double lowest = 1;
    int maxSessions = 1;
    for (int a = 0; a < arms.size(); a++) {
      Arm arm = arms.get(a);
      int sessions = arm.scenario().sessions();
      maxSessions = Math.max(maxSessions, sessions);
      double[] x = new double[sessions];
      double[] y = new double[sessions];
      double[] err = new double[sessions];
      for (int i = 0; i < sessions; i++) {
        double[] v = new double[arm.runs().size()];
        for (int k = 0; k < v.length; k++) {
          v[k] = arm.runs().get(k).metrics().retentionCurve().get(i);
        }
        MetricSummary m = MetricSummary.of(arm.scenario().name(), arm.name(), "retention", v);
        x[i] = i + 1 + dodge(a, arms.size());
        y[i] = m.mean();
        err[i] = halfWidth(m);
        lowest = Math.min(lowest, y[i] - err[i]);
      }
      lines.add(new double[][] {x, y, err});
    }
    // Retention stays near 1: an axis from zero would flatten every difference, so this one
    // starts lower and its title says where.
    double floor = Math.max(0, Math.floor(lowest * 20 - 1) / 20);
    String axis =
        floor > 0
            ? String.format(
                Locale.ROOT, "share of the group still in it (axis starts at %.2f, not 0)", floor)
            : "share of the group still in it";
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Retention by session (95% CI)")
            .xAxisTitle("session (arms shifted apart to stay visible)")
            .yAxisTitle(axis)
            .build();
    style(chart);
    chart.getStyler().setYAxisMin(floor);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setXAxisMin(0.5);
    chart.getStyler().setXAxisMax(maxSessions + 0.5);
    for (int a = 0; a < arms.size(); a++) {
      double[][] l = lines.get(a);
      line(chart, arms.get(a).name(), l[0], l[1], l[2], a);
    }
    return chart;
  }

  private static CategoryChart bars(
      List<Arm> arms, String title, String yTitle, ToDoubleFunction<RunResult> metric) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title + " (95% CI)")
            .xAxisTitle("policy")
            .yAxisTitle(yTitle)
            .build();
    Styler s = chart.getStyler();
    s.setLegendVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisLabelRotation(30);
    chart.getStyler().setErrorBarsColor(java.awt.Color.BLACK);
    chart.getStyler().setYAxisDecimalPattern("0.00");
    List<String> labels = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (Arm arm : arms) {
      double[] v = new double[arm.runs().size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = metric.applyAsDouble(arm.runs().get(k));
      }
      MetricSummary m = MetricSummary.of(arm.scenario().name(), arm.name(), "metric", v);
      labels.add(arm.name());
      means.add(Double.isNaN(m.mean()) ? 0.0 : m.mean());
      errors.add(halfWidth(m));
    }
    chart.addSeries("mean", labels, means, errors);
    return chart;
  }

  private static void style(XYChart chart) {
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    chart.getStyler().setYAxisDecimalPattern("0.00");
    chart.getStyler().setXAxisDecimalPattern("0");
  }

  private static final org.knowm.xchart.style.markers.Marker[] MARKERS = {
    SeriesMarkers.CIRCLE,
    SeriesMarkers.SQUARE,
    SeriesMarkers.DIAMOND,
    SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN,
    SeriesMarkers.CROSS,
    SeriesMarkers.PLUS,
    SeriesMarkers.OVAL,
    SeriesMarkers.RECTANGLE,
    SeriesMarkers.TRAPEZOID,
  };

  private static void line(
      XYChart chart, String name, double[] x, double[] y, double[] err, int a) {
    XYSeries s = chart.addSeries(name, x, y, err);
    s.setMarker(MARKERS[a % MARKERS.length]);
  }

  /** Shifts arm {@code a} of {@code n} within ±0.3 around its x, so arms do not hide each other. */
  private static double dodge(int a, int n) {
    return n == 1 ? 0 : -0.3 + 0.6 * a / (n - 1);
  }

  private static double halfWidth(MetricSummary m) {
    return Double.isNaN(m.high()) ? 0.0 : m.high() - m.mean();
  }

  private static double[] rankedShares(RunResult r, int n) {
    List<Integer> turns = new ArrayList<>(r.metrics().turnsPerMember());
    turns.sort((a, b) -> Integer.compare(b, a));
    double total = 0;
    for (int t : turns) {
      total += t;
    }
    double[] share = new double[n];
    for (int i = 0; i < n && i < turns.size(); i++) {
      share[i] = total > 0 ? turns.get(i) / total : Double.NaN;
    }
    return share;
  }

  private static List<Path> save(Chart<?, ?> chart, Path dir, String name) throws IOException {
    Path png = dir.resolve(name + ".png");
    try (OutputStream os = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
    }
    Path svg = dir.resolve(name + ".svg");
    try (OutputStream os = Files.newOutputStream(svg)) {
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
    return List.of(png, svg);
  }
}
