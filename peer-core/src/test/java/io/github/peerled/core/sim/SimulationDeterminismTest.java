package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed gives the same bytes, whatever the number of threads; any run can be re-run alone.
 */
class SimulationDeterminismTest {

  private static Experiment experiment(int threads) {
    return Experiment.custom()
        .scenario(Scenarios.busy())
        .scenario(Scenarios.adviceProcess())
        .replicates(12)
        .masterSeed(20260301L)
        .threads(threads)
        .build();
  }

  @Test
  void should_write_byte_identical_output_for_1_2_and_8_threads(@TempDir Path dir)
      throws Exception {
    byte[][] csv = new byte[3][];
    byte[][] jsonl = new byte[3][];
    byte[][] manifest = new byte[3][];
    int[] threads = {1, 2, 8};
    for (int i = 0; i < 3; i++) {
      Path out = dir.resolve("t" + threads[i]);
      experiment(threads[i]).run().writeTo(out);
      csv[i] = Files.readAllBytes(out.resolve(ExperimentResult.CSV));
      jsonl[i] = Files.readAllBytes(out.resolve(ExperimentResult.JSON_LINES));
      manifest[i] = Files.readAllBytes(out.resolve(ExperimentResult.MANIFEST));
    }
    for (int i = 1; i < 3; i++) {
      assertThat(csv[i]).isEqualTo(csv[0]);
      assertThat(jsonl[i]).isEqualTo(jsonl[0]);
      assertThat(manifest[i]).isEqualTo(manifest[0]);
    }
    String m = new String(manifest[0], java.nio.charset.StandardCharsets.UTF_8);
    assertThat(m)
        .contains(ExperimentResult.sha256(csv[0]))
        .contains(ExperimentResult.sha256(jsonl[0]));
    assertThat(new String(csv[0], java.nio.charset.StandardCharsets.UTF_8).lines())
        .hasSize(1 + experiment(1).size());
  }

  @Test
  void should_give_the_same_csv_when_run_again() {
    assertThat(experiment(2).run().csv()).isEqualTo(experiment(2).run().csv());
  }

  @Test
  void should_rerun_any_single_run_alone_to_its_row_in_the_batch() {
    Experiment e = experiment(2);
    ExperimentResult batch = e.run();
    java.util.List<String> rows = batch.csv().lines().toList();
    for (int run : new int[] {0, 5, 17, 84, 100, e.size() - 1}) {
      RunResult alone = e.runOne(run);
      assertThat(alone).isEqualTo(batch.runs().get(run));
      assertThat(ExperimentResult.csvRow(e, alone)).isEqualTo(rows.get(run + 1));
      // and from its seed alone, outside any experiment
      Scenario s = run < 84 ? Scenarios.busy() : Scenarios.adviceProcess();
      int arm = (run % 84) / 12;
      assertThat(Simulation.run(s, arm, alone.seed()).metrics()).isEqualTo(alone.metrics());
    }
  }

  @Test
  void should_share_attendance_draws_across_arms_by_default() {
    Scenario s =
        Scenario.custom()
            .from(Scenarios.busy())
            .group(GroupSpec.custom().size(12).build())
            .behaviour(BehaviourModel.custom().attendance(0.6).build())
            .build();
    ExperimentResult r = Experiment.custom().scenario(s).replicates(5).masterSeed(1).build().run();
    for (int k = 0; k < 5; k++) {
      RunResult first = r.runs().get(k);
      for (int arm = 1; arm < s.arms().size(); arm++) {
        RunResult other = r.runs().get(arm * 5 + k);
        assertThat(other.seed()).isEqualTo(first.seed());
        assertThat(other.metrics().attendanceCurve()).isEqualTo(first.metrics().attendanceCurve());
      }
    }
    ExperimentResult independent =
        Experiment.custom()
            .scenario(s)
            .replicates(5)
            .masterSeed(1)
            .commonRandomNumbers(false)
            .build()
            .run();
    assertThat(independent.runs().get(5).seed()).isNotEqualTo(independent.runs().get(0).seed());
  }

  @Test
  void should_locate_every_run_scenario_by_scenario_arm_by_arm_replicate_by_replicate() {
    // given two scenarios of 7 arms and 12 replicates each
    Experiment e = experiment(1);
    // when every run is located
    // then they come in order: scenario, then arm, then replicate
    int run = 0;
    for (int i = 0; i < e.scenarios().size(); i++) {
      for (int arm = 0; arm < e.scenarios().get(i).arms().size(); arm++) {
        for (int k = 0; k < e.replicates(); k++) {
          Experiment.Slot at = e.locate(run++);
          assertThat(at.scenarioIndex()).isEqualTo(i);
          assertThat(at.scenario()).isEqualTo(e.scenarios().get(i));
          assertThat(at.arm()).isEqualTo(arm);
          assertThat(at.replicate()).isEqualTo(k);
        }
      }
    }
    assertThat(run).isEqualTo(e.size());
  }

  @Test
  void should_refuse_a_run_outside_the_experiment() {
    // given an experiment
    Experiment e = experiment(1);
    RunResult outside = ImmutableRunResult.copyOf(e.runOne(0)).withRun(e.size());
    // when / then
    assertThatThrownBy(() -> e.runOne(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> e.runOne(e.size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ExperimentResult.csvRow(e, outside))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in the experiment");
  }
}
