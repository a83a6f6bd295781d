/**
 * Deterministic simulation of group dynamics for researchers: a pure {@code (scenario, seed) ->
 * result} run of sessions, with pluggable behaviour models and facilitation policies, metrics per
 * run, and experiments (scenarios x policies x replicates) whose output is byte-identical for any
 * number of threads.
 *
 * <p>By default ({@link io.github.peerled.core.sim.Simulation#run}, and experiments that keep no
 * event log) a run never touches the engine: it counts its metrics on a fast model of the same
 * rules. With the event log kept ({@link io.github.peerled.core.sim.Simulation#runWithEventLog}, or
 * {@link io.github.peerled.core.sim.Experiment.Builder#keepEventLog(boolean)}) every step goes
 * through the real {@link io.github.peerled.core.engine.GroupEngine} as a command; the two paths
 * draw the same random numbers and are tested to give the same metrics.
 *
 * <p>Start with {@link io.github.peerled.core.sim.Scenario} and {@link
 * io.github.peerled.core.sim.Simulation}; compare policies with {@link
 * io.github.peerled.core.sim.Experiment}. New facilitation policies plug in through {@link
 * io.github.peerled.core.sim.FacilitationPolicyProvider}.
 */
@NullMarked
@PeerledStyle
package io.github.peerled.core.sim;

import io.github.peerled.core.style.PeerledStyle;
import org.jspecify.annotations.NullMarked;
