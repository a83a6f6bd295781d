package io.github.peerled.examples.bench;

import io.github.peerled.core.sim.BehaviourModel;
import io.github.peerled.core.sim.GroupSpec;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.PolicySpec;
import io.github.peerled.core.sim.RunResult;
import io.github.peerled.core.sim.Scenario;
import io.github.peerled.core.sim.Simulation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulated sessions per second: a 12-member group, 120 turns a session, {@value #SESSIONS}
 * sessions a run, each run with a new seed; with {@code size} 500, the same with 500 members
 * (participation falling slowly with rank, so that hundreds speak), past the 64 members one word of
 * a {@link io.github.peerled.core.sim.MemberSet} holds. Scores are sessions per second per thread
 * ({@code -t 1} for one core, {@code -t 2} for two; JMH adds the threads' scores). The metrics-only
 * fast path is measured without facilitation and with the default act mix under go-round; the
 * engine path runs every turn through the real engine and keeps the event log.
 *
 * <p>Figures on a 2-core machine shared with other builds ({@code -f 1 -wi 3 -i 5}): {@code
 * metricsOnly} 162,900 ± 13,600 sessions/s with {@code -t 1}; with {@code -t 2}, 328,000 to 372,000
 * sessions/s in iterations that had both cores to themselves (about 2.2x), less when other work
 * took a core; {@code metricsOnlyGoRound} 133,400 with {@code -t 1}; {@code withEventLog} about
 * 14,000 once warm (13,100 ± 10,300 over all five iterations).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SimulationBenchmark {
  static final int SESSIONS = 10;

  static final Scenario SCENARIO = scenario(12, 0.85);

  /** The group's size: 12, or 500. */
  @Param({"12", "500"})
  public int size;

  Scenario scenario = SCENARIO;
  long seed;

  static Scenario scenario(int size, double participationRatio) {
    return Scenario.custom()
        .name("bench")
        .group(GroupSpec.custom().size(size).build())
        .sessions(SESSIONS)
        .turnsPerSession(120)
        .behaviour(BehaviourModel.custom().participationRatio(participationRatio).build())
        .arms(List.of(PolicyArm.none(), PolicyArm.of("go-round", PolicySpec.of("go-round"))))
        .build();
  }

  /** Makes the scenario of the group's size. */
  @Setup
  public void setUp() {
    scenario = size == 12 ? SCENARIO : scenario(size, 0.99);
  }

  /**
   * Runs {@value #SESSIONS} sessions on the metrics-only fast path, without facilitation.
   *
   * @return the run
   */
  @Benchmark
  @OperationsPerInvocation(SESSIONS)
  public RunResult metricsOnly() {
    return Simulation.run(scenario, 0, seed++);
  }

  /**
   * Runs {@value #SESSIONS} sessions on the metrics-only fast path under go-round.
   *
   * @return the run
   */
  @Benchmark
  @OperationsPerInvocation(SESSIONS)
  public RunResult metricsOnlyGoRound() {
    return Simulation.run(scenario, 1, seed++);
  }

  /**
   * Runs {@value #SESSIONS} sessions through the engine, keeping the per-turn event log.
   *
   * @return the run
   */
  @Benchmark
  @OperationsPerInvocation(SESSIONS)
  public RunResult withEventLog() {
    return Simulation.runWithEventLog(scenario, 0, seed++);
  }
}
