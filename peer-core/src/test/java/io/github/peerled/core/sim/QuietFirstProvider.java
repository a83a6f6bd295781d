package io.github.peerled.core.sim;

import java.util.Set;

/**
 * A facilitation policy from outside the core, found through {@link FacilitationPolicyProvider} (as
 * peer-rules will add one that acts on rule findings): before every turn the facilitator, with
 * probability {@code response}, gives the floor to the quietest member present.
 */
public final class QuietFirstProvider implements FacilitationPolicyProvider {
  /** Creates the provider (for the service loader). */
  public QuietFirstProvider() {}

  @Override
  public Set<String> names() {
    return Set.of("test-quiet-first");
  }

  @Override
  public FacilitationPolicy create(PolicySpec spec) {
    for (String k : spec.parameters().keySet()) {
      if (!k.equals("response")) {
        throw new IllegalArgumentException("test-quiet-first has no parameter '" + k + "'");
      }
    }
    double response = spec.parameters().getOrDefault("response", 1.0);
    return new FacilitationPolicy() {
      @Override
      public String label() {
        return spec.label();
      }

      @Override
      public Facilitator newFacilitator() {
        return new Facilitator() {
          @Override
          public int chooseSpeaker(Floor floor, double u) {
            if (floor.policyRandom().nextDouble() >= response) {
              return NO_CHOICE;
            }
            int quietest = -1;
            MemberSet present = floor.present();
            for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
              if (quietest < 0 || floor.turns(i) < floor.turns(quietest)) {
                quietest = i;
              }
            }
            floor.intervene(InterventionKind.RULE_FINDING);
            return quietest;
          }
        };
      }
    };
  }
}
