package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.json.PeerledJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy plugs in from outside the core, by name, and runs on both paths alike. */
class FacilitationPolicyProviderTest {

  @Test
  void should_find_a_policy_from_a_provider_and_run_it() {
    assertThat(FacilitationPolicies.names()).contains("test-quiet-first");
    Scenario s =
        PeerledJson.read(
            "{\"name\": \"plug\", \"sessions\": 3, \"behaviour\": {\"participationRatio\": 0.7},"
                + " \"arms\": [{\"label\": \"none\"}, {\"label\": \"quiet\", \"policies\":"
                + " [{\"name\": \"test-quiet-first\", \"parameters\": {\"response\": 1.0}}]}]}",
            Scenario.class,
            "test");
    RunMetrics none = Simulation.run(s, 0, 1).metrics();
    RunMetrics quiet = Simulation.run(s, 1, 1).metrics();
    assertThat(quiet.meanGini()).isZero(); // the quietest always speaks next: a strict rotation
    assertThat(none.meanGini()).isPositive();
    assertThat(quiet.interventionsByKind()).containsEntry(InterventionKind.RULE_FINDING, 360);
    assertThat(Simulation.runWithEventLog(s, 1, 1).metrics()).isEqualTo(quiet);
  }

  @Test
  void should_compose_policies_in_order() {
    FacilitationPolicy p =
        FacilitationPolicies.compose(
            List.of(PolicySpec.of("safety"), PolicySpec.of("sharing-not-advice", "compliance", 1)));
    assertThat(p.label()).isEqualTo("safety+sharing-not-advice(compliance=1.0)");
    Scenario s =
        Scenario.custom()
            .behaviour(BehaviourModel.custom().acts(Map.of(Act.ADVISE, 1.0)).build())
            .arms(
                List.of(
                    PolicyArm.of(
                        "both",
                        PolicySpec.of("safety"),
                        PolicySpec.of("sharing-not-advice", "compliance", 1))))
            .build();
    RunMetrics m = Simulation.run(s, 0, 3).metrics();
    assertThat(m.adviceShare()).isZero();
    assertThat(m.interventionsByKind()).containsEntry(InterventionKind.REFRAME, m.memberTurns());
  }

  @Test
  void should_name_an_arm_in_the_csv_by_the_label_its_policies_give_themselves() {
    // given an arm of a built-in policy and one whose label is not that of its spec
    PolicyArm arm =
        PolicyArm.of(
            "mixed",
            PolicySpec.of("sharing-not-advice", "compliance", 1),
            PolicySpec.of("test-own-label"));
    Scenario s =
        Scenario.custom()
            .sessions(2)
            .arms(List.of(PolicyArm.none(), arm, PolicyArm.of("one", PolicySpec.of("safety"))))
            .build();
    // when the experiment is written as CSV
    List<String> lines = Experiment.custom().scenario(s).build().run().csv().lines().toList();
    // then the policies column is the composed policy's label, the same one the arm's policy gives
    int column = List.of(lines.get(0).split(",", -1)).indexOf("policies");
    assertThat(arm.policy().label()).isEqualTo("sharing-not-advice(compliance=1.0)+own-label");
    assertThat(lines.get(1).split(",", -1)[column]).isEqualTo("none");
    assertThat(lines.get(2).split(",", -1)[column])
        .isEqualTo("sharing-not-advice(compliance=1.0)+own-label");
    assertThat(lines.get(3).split(",", -1)[column]).isEqualTo("safety");
  }
}
