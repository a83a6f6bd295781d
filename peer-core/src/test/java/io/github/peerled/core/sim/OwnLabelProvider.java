package io.github.peerled.core.sim;

import java.util.Set;

/**
 * A policy from outside the core whose label is its own, not the label of its spec: it does nothing
 * but name itself {@code own-label}.
 */
public final class OwnLabelProvider implements FacilitationPolicyProvider {
  /** Creates the provider (for the service loader). */
  public OwnLabelProvider() {}

  @Override
  public Set<String> names() {
    return Set.of("test-own-label");
  }

  @Override
  public FacilitationPolicy create(PolicySpec spec) {
    return new FacilitationPolicy() {
      @Override
      public String label() {
        return "own-label";
      }

      @Override
      public Facilitator newFacilitator() {
        return BuiltInPolicies.NONE;
      }
    };
  }
}
