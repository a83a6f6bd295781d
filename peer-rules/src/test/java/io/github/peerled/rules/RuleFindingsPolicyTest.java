package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.sim.Act;
import io.github.peerled.core.sim.BehaviourModel;
import io.github.peerled.core.sim.FacilitationPolicies;
import io.github.peerled.core.sim.InterventionKind;
import io.github.peerled.core.sim.PolicyArm;
import io.github.peerled.core.sim.PolicySpec;
import io.github.peerled.core.sim.RunMetrics;
import io.github.peerled.core.sim.Scenario;
import io.github.peerled.core.sim.Simulation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleFindingsPolicyTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5};

  /** Members who advise often; the default guidelines bind sharing-not-advice. */
  private static Scenario scenario(double responseProbability) {
    return Scenario.custom()
        .name("advice")
        .sessions(4)
        .turnsPerSession(40)
        .behaviour(
            BehaviourModel.custom()
                .acts(
                    Map.of(
                        Act.SHARE, 0.4,
                        Act.ADVISE, 0.3,
                        Act.ASK, 0.1,
                        Act.REQUEST_SUPPORT, 0.1,
                        Act.RESPOND, 0.1))
                .build())
        .arms(
            List.of(
                PolicyArm.of("none", PolicySpec.of("none")),
                PolicyArm.of(
                    "rules",
                    PolicySpec.of(
                        RuleFindingsPolicy.NAME,
                        RuleFindingsPolicy.RESPONSE_PROBABILITY,
                        responseProbability))))
        .build();
  }

  @Test
  void should_be_found_by_name_and_check_its_parameter() {
    assertThat(FacilitationPolicies.names()).contains("rule-findings");
    assertThat(FacilitationPolicies.resolve(PolicySpec.of("rule-findings")).label())
        .isEqualTo("rule-findings");
    assertThatThrownBy(() -> PolicySpec.of("rule-findings", "compliance", 0.5))
        .hasMessageContaining("has no parameter 'compliance'");
    assertThatThrownBy(() -> PolicySpec.of("rule-findings", "responseProbability", 1.5))
        .hasMessageContaining("must be in [0, 1]");
  }

  @Test
  void should_lower_the_advice_share_versus_no_facilitation_in_every_seeded_run() {
    Scenario s = scenario(1.0);
    for (long seed : SEEDS) {
      RunMetrics none = Simulation.run(s, 0, seed).metrics();
      RunMetrics rules = Simulation.run(s, 1, seed).metrics();

      assertThat(rules.adviceShare()).as("seed %d", seed).isLessThan(none.adviceShare());
      assertThat(rules.interventionsByKind().getOrDefault(InterventionKind.REFRAME, 0))
          .as("seed %d", seed)
          .isPositive();
      assertThat(Simulation.run(s, 1, seed).metrics()).as("seed %d", seed).isEqualTo(rules);
    }
  }

  @Test
  void should_act_more_the_likelier_the_facilitator_responds() {
    double half = 0;
    double all = 0;
    for (long seed : SEEDS) {
      half += Simulation.run(scenario(0.5), 1, seed).metrics().adviceShare();
      all += Simulation.run(scenario(1.0), 1, seed).metrics().adviceShare();
    }
    assertThat(all).isLessThan(half);
  }

  @Test
  void should_equal_no_facilitation_when_the_facilitator_never_responds() {
    Scenario s = scenario(0.0);
    for (long seed : SEEDS) {
      assertThat(Simulation.run(s, 1, seed).metrics())
          .as("seed %d", seed)
          .isEqualTo(Simulation.run(s, 0, seed).metrics());
    }
  }

  @Test
  void should_run_alike_on_the_fast_path_and_through_the_engine() {
    Scenario s = scenario(0.7);

    assertThat(Simulation.runWithEventLog(s, 1, 42).metrics())
        .isEqualTo(Simulation.run(s, 1, 42).metrics());
  }
}
