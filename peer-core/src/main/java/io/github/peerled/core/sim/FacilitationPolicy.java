package io.github.peerled.core.sim;

/**
 * A facilitation policy: how a peer facilitator steers a session. Policies are immutable
 * descriptions; each run gets its own {@link Facilitator} from {@link #newFacilitator()}. Built-in
 * policies are named in {@link FacilitationPolicies}; others plug in through {@link
 * FacilitationPolicyProvider}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface FacilitationPolicy {
  /**
   * Returns the policy's label, with its parameters. An arm's policies, composed, are labelled by
   * their labels joined with {@code +} (or {@code none}); that is the arm's {@code policies} column
   * in an experiment's CSV.
   *
   * @return the label
   */
  String label();

  /**
   * Returns a fresh facilitator for one run.
   *
   * @return the facilitator, not thread-safe
   */
  Facilitator newFacilitator();
}
