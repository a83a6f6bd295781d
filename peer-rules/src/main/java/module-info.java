/**
 * Peerled rules: facilitation rules and the sharing/advice detector, the governance validators
 * (also as runtime guards), the findings hook for the runtime, and the {@code rule-findings}
 * simulation policy.
 */
module io.github.peerled.rules {
  requires transitive io.github.peerled.core;
  requires static org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports io.github.peerled.rules;
  exports io.github.peerled.rules.detect;
  exports io.github.peerled.rules.files;
  exports io.github.peerled.rules.validate;

  opens io.github.peerled.rules to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.rules.files to
      com.fasterxml.jackson.databind;
  opens io.github.peerled.rules.validate to
      com.fasterxml.jackson.databind;

  provides io.github.peerled.core.sim.FacilitationPolicyProvider with
      io.github.peerled.rules.RuleFindingsPolicy;
}
