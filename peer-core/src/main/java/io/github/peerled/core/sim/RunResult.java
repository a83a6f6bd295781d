package io.github.peerled.core.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.event.GroupEvent;
import java.util.List;
import org.immutables.value.Value;

/**
 * One run: where it sits in an experiment (run number, scenario, arm, replicate), its seed, and
 * what it measured; with the engine's event log when it was asked for. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRunResult.class)
@JsonDeserialize(as = ImmutableRunResult.class)
public interface RunResult {
  /**
   * Returns the run's number in its experiment, in run order.
   *
   * @return 0 for the first (and for a run made alone)
   */
  int run();

  /**
   * Returns the run's id: scenario, arm and replicate, such as {@code diabetes-12/go-round/17}.
   *
   * @return the id
   */
  String runId();

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  String scenario();

  /**
   * Returns the arm's label.
   *
   * @return the label
   */
  String arm();

  /**
   * Returns the replicate's number.
   *
   * @return 0 for the first
   */
  int replicate();

  /**
   * Returns the run's seed: {@code Simulation.run(scenario, arm, seed)} alone gives the same
   * result.
   *
   * @return the seed
   */
  long seed();

  /**
   * Returns what the run measured.
   *
   * @return the metrics
   */
  RunMetrics metrics();

  /**
   * Returns the engine's event log of the run, if it was kept.
   *
   * @return the events, in order; empty on the metrics-only fast path
   */
  @JsonIgnore
  List<GroupEvent> events();
}
