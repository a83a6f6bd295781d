/**
 * Deterministic simulation of group dynamics for researchers: a pure {@code (scenario, seed) ->
 * result} run of sessions through the real {@link io.github.peerled.core.engine.GroupEngine}, with
 * pluggable behaviour models and facilitation policies, metrics per run, and experiments (scenarios
 * x policies x replicates) whose output is byte-identical for any number of threads.
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
