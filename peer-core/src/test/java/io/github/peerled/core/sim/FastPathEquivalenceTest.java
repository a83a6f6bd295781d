package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The metrics-only fast path is the same model as the engine path: for any seed and arm, the
 * metrics the fast path counts equal those read back from the event log the real engine recorded
 * (every command of which it accepted), and the log replays to the same state.
 */
class FastPathEquivalenceTest {

  private static void assertSame(Scenario s, int arm, long seed) {
    RunResult fast = Simulation.run(s, arm, seed);
    RunResult engine = Simulation.runWithEventLog(s, arm, seed);
    assertThat(fast.events()).isEmpty();
    assertThat(engine.events()).isNotEmpty();
    assertThat(engine.metrics()).isEqualTo(fast.metrics());
    assertThat(Simulation.metricsOf(s, engine.events())).isEqualTo(fast.metrics());
    long contributions =
        engine.events().stream().filter(e -> e instanceof ContributionRecorded).count();
    assertThat(contributions)
        .isEqualTo((long) fast.metrics().memberTurns() + fast.metrics().interventions());
  }

  @Test
  void should_give_the_engine_metrics_on_the_fast_path_for_every_built_in_arm() {
    Scenario s = Scenarios.busy();
    for (int arm = 0; arm < s.arms().size(); arm++) {
      for (long seed = 0; seed < 4; seed++) {
        assertSame(s, arm, seed);
      }
    }
  }

  @Test
  void should_give_the_engine_metrics_under_the_advice_process_and_long_discussions() {
    Scenario s = Scenarios.adviceProcess();
    for (int arm = 0; arm < s.arms().size(); arm += 3) {
      for (long seed = 0; seed < 4; seed++) {
        assertSame(s, arm, seed);
      }
    }
  }

  @Test
  void should_give_the_engine_metrics_for_any_seed() {
    Scenario s = Scenarios.busy();
    qt().withExamples(25)
        .forAll(longs().all(), integers().between(0, s.arms().size() - 1))
        .checkAssert((seed, arm) -> assertSame(s, arm, seed));
  }

  @Test
  void should_replay_the_event_log_to_the_same_state() {
    // given a run through the engine, keeping the engine's final state
    Scenario s = Scenarios.busy();
    EngineRecorder recorder = new EngineRecorder(s);
    List<GroupEvent> events = Simulation.result(s, 6, 1, 0, 0, recorder).events();
    // when its event log is replayed
    GroupEngine engine = GroupEngine.ofDefaults();
    GroupState replayed = engine.replay(GroupId.of("simulated-group"), events);
    // then the replay reaches the very state the run ended in
    assertThat(replayed.version()).isEqualTo(events.size());
    assertThat(replayed).isEqualTo(recorder.state());
  }
}
