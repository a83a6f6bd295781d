package io.github.peerled.core.sim;

import java.util.Set;

/**
 * A source of named facilitation policies, found with {@link java.util.ServiceLoader} (declare it
 * with {@code provides io.github.peerled.core.sim.FacilitationPolicyProvider with ...} in a module,
 * or in {@code META-INF/services} on the class path). This is how a module such as peer-rules adds
 * a policy, for example one that acts on the group's rule findings, without changing the core.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 */
public interface FacilitationPolicyProvider {
  /**
   * Returns the names of the policies this provider makes.
   *
   * @return the names
   */
  Set<String> names();

  /**
   * Makes a policy.
   *
   * @param spec the policy's name (one of {@link #names()}) and parameters
   * @return the policy
   * @throws IllegalArgumentException if a parameter is unknown or out of range
   */
  FacilitationPolicy create(PolicySpec spec);
}
