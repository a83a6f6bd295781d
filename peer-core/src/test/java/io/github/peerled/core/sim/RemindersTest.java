package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.event.StanceTaken;
import org.junit.jupiter.api.Test;

/** Reminding the undecided: its effect on participation in stances and on quorum. */
class RemindersTest {
  private static long stancesAtClose(ExperimentResult r, String arm) {
    return r.runs("reminders", arm).stream().mapToLong(x -> x.metrics().stancesAtClose()).sum();
  }

  private static long quorumsMet(ExperimentResult r, String arm) {
    return r.runs("reminders", arm).stream().mapToLong(x -> x.metrics().quorumsMet()).sum();
  }

  @Test
  void should_raise_participation_and_quorum_when_the_facilitator_reminds_the_undecided() {
    ExperimentResult r =
        Experiment.custom()
            .scenario(Scenarios.reminders())
            .replicates(20)
            .masterSeed(11)
            .build()
            .run();

    // common random numbers: both arms make the same proposals and meet the same members
    for (int i = 0; i < 20; i++) {
      RunMetrics none = r.runs("reminders", "none").get(i).metrics();
      RunMetrics remind = r.runs("reminders", "remind").get(i).metrics();
      assertThat(remind.proposals()).isEqualTo(none.proposals());
      assertThat(remind.stancesAtClose()).isGreaterThanOrEqualTo(none.stancesAtClose());
    }
    assertThat(stancesAtClose(r, "remind")).isGreaterThan(stancesAtClose(r, "none"));
    assertThat(quorumsMet(r, "remind")).isGreaterThan(quorumsMet(r, "none"));
  }

  @Test
  void should_record_the_late_stances_in_the_engine_and_read_the_same_metrics_back() {
    Scenario s = Scenarios.reminders();
    for (int arm = 0; arm < 2; arm++) {
      for (long seed = 0; seed < 3; seed++) {
        RunResult fast = Simulation.run(s, arm, seed);
        RunResult engine = Simulation.runWithEventLog(s, arm, seed);
        assertThat(engine.metrics()).isEqualTo(fast.metrics());
        assertThat(Simulation.metricsOf(s, engine.events())).isEqualTo(fast.metrics());
        assertThat(GroupEngine.ofDefaults().replay(EngineRecorder.GROUP, engine.events()))
            .isNotNull();
      }
    }
    RunResult reminded = Simulation.runWithEventLog(s, 1, 0);
    long stances = reminded.events().stream().filter(StanceTaken.class::isInstance).count();
    assertThat(stances).isGreaterThan(0);
  }

  @Test
  void should_write_participation_and_quorum_per_run_in_the_decisions_table() {
    ExperimentResult r =
        Experiment.custom()
            .scenario(Scenarios.reminders())
            .replicates(2)
            .masterSeed(3)
            .build()
            .run();

    String[] lines = r.decisionsCsv().split("\n", -1);
    assertThat(lines[0])
        .isEqualTo(
            "run,run_id,scenario,arm,policies,late_stance,reminder_effect,proposals,"
                + "proposals_closed,electorate_at_close,stances_at_close,stance_participation,"
                + "quorums_met,quorum_met_rate");
    assertThat(lines).hasSize(4 + 1 + 1);
    RunMetrics first = r.runs().get(0).metrics();
    assertThat(lines[1])
        .startsWith("0,reminders/none/0,reminders,none,none,0.100000,0.600000,")
        .contains("," + first.stancesAtClose() + ",");
  }
}
