package io.github.peerled.examples.cli;

import io.github.peerled.core.sim.ExperimentResult;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.RunResult;
import io.github.peerled.core.sim.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** PNG charts of an experiment, drawn headless: participation, unanswered requests, retention. */
final class Charts {
  private Charts() {}

  static List<Path> write(ExperimentResult result, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart participation =
        new XYChartBuilder()
            .width(900)
            .height(540)
            .title("Participation: mean share of turns by speaker rank")
            .xAxisTitle("speaker rank (1 = talks most)")
            .yAxisTitle("share of turns")
            .build();
    CategoryChart unanswered =
        new CategoryChartBuilder()
            .width(900)
            .height(540)
            .title("Requests for support left unanswered")
            .xAxisTitle("policy")
            .yAxisTitle("mean share of requests unanswered")
            .build();
    XYChart retention =
        new XYChartBuilder()
            .width(900)
            .height(540)
            .title("Retention by policy")
            .xAxisTitle("session")
            .yAxisTitle("share of the group still in it")
            .build();
    List<String> labels = new ArrayList<>();
    List<Number> rates = new ArrayList<>();
    boolean many = result.experiment().scenarios().size() > 1;
    for (Scenario s : result.experiment().scenarios()) {
      for (PolicyArm arm : s.arms()) {
        String name = many ? s.name() + "/" + arm.label() : arm.label();
        List<RunResult> runs = result.runs(s.name(), arm.label());
        participation.addSeries(name, ranks(s.group().size()), rankedShares(runs, s));
        double rate = SimulateCommand.stats(runs, r -> r.metrics().unansweredRequestRate())[0];
        labels.add(name);
        rates.add(Double.isNaN(rate) ? 0.0 : rate);
        retention.addSeries(name, ranks(s.sessions()), meanRetention(runs, s.sessions()));
      }
    }
    unanswered.addSeries("unanswered", labels, rates);
    unanswered.getStyler().setLegendVisible(false);
    return List.of(
        save(participation, dir.resolve("participation.png")),
        save(unanswered, dir.resolve("unanswered-requests.png")),
        save(retention, dir.resolve("retention.png")));
  }

  private static double[] ranks(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i + 1;
    }
    return x;
  }

  private static double[] rankedShares(List<RunResult> runs, Scenario s) {
    int n = s.group().size();
    double[] mean = new double[n];
    for (RunResult r : runs) {
      List<Integer> turns = new ArrayList<>(r.metrics().turnsPerMember());
      turns.sort((a, b) -> Integer.compare(b, a));
      double total = 0;
      for (int t : turns) {
        total += t;
      }
      for (int i = 0; i < n && total > 0; i++) {
        mean[i] += turns.get(i) / total / runs.size();
      }
    }
    return mean;
  }

  private static double[] meanRetention(List<RunResult> runs, int sessions) {
    double[] mean = new double[sessions];
    for (RunResult r : runs) {
      List<Double> curve = r.metrics().retentionCurve();
      for (int i = 0; i < sessions; i++) {
        mean[i] += curve.get(i) / runs.size();
      }
    }
    return mean;
  }

  private static Path save(Chart<?, ?> chart, Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }
}
