package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Facilitator terms and burn-out in the simulation: hand-overs, strain, drop-outs, both paths. */
class FacilitatorTermsTest {
  private static final List<PolicySpec> STEERING =
      List.of(PolicySpec.of("respond-to-requests-first"), PolicySpec.of("safety"));

  private static PolicyArm arm(String label, int sessionsPerTerm) {
    return ImmutablePolicyArm.builder()
        .label(label)
        .policies(STEERING)
        .sessionsPerTerm(sessionsPerTerm)
        .build();
  }

  /** An arm with the behaviour's term length. */
  private static PolicyArm arm(String label) {
    return ImmutablePolicyArm.builder().label(label).policies(STEERING).build();
  }

  /** A busy group of ten founders and two newcomers, meeting weekly for a year. */
  static ImmutableScenario.Builder year(FacilitatorTerms terms) {
    return Scenario.custom()
        .name("terms")
        .group(GroupSpec.custom().size(12).newcomers(2).build())
        .sessions(52)
        .turnsPerSession(90)
        .behaviour(
            BehaviourModel.custom()
                .participationRatio(0.8)
                .putAct(Act.SHARE, 0.35)
                .putAct(Act.ADVISE, 0.2)
                .putAct(Act.ASK, 0.1)
                .putAct(Act.REQUEST_SUPPORT, 0.1)
                .putAct(Act.RESPOND, 0.2)
                .putAct(Act.TRAUMA_STORY, 0.05)
                .traumaContagion(2)
                .attendance(0.8)
                .dropOutAfterMissed(3)
                .facilitatorTerms(terms)
                .build());
  }

  @Test
  void should_hand_the_term_to_the_next_founder_when_it_ends() {
    // given terms of 5 weeks over 26 sessions, strain that never wears anyone out
    Scenario s =
        year(FacilitatorTerms.custom().burnoutThreshold(1e9).dropOutThreshold(1e9).build())
            .sessions(26)
            .arms(List.of(arm("5-week", 5)))
            .build();
    // when run through the engine
    RunResult r = Simulation.runWithEventLog(s, 0, 3);
    // then six terms went to m01 ... m06 in turn, each facilitating every session of its term
    TermMetrics t = r.metrics().facilitatorTerms().orElseThrow();
    assertThat(t.terms()).isEqualTo(6);
    assertThat(t.facilitators()).isEqualTo(6);
    assertThat(t.burnoutEpisodes()).isZero();
    assertThat(t.facilitatorDropOuts()).isZero();
    Map<SessionId, MemberId> facilitator = new TreeMap<>();
    for (GroupEvent e : r.events()) {
      if (e instanceof FacilitatorHandedOver h) {
        facilitator.put(h.sessionId(), h.to());
      }
    }
    assertThat(facilitator).hasSize(26);
    for (int session = 0; session < 26; session++) {
      SessionId id = SessionId.of(String.format(Locale.ROOT, "s%03d", session + 1));
      assertThat(facilitator.get(id))
          .as("facilitator of %s", id)
          .isEqualTo(Members.memberId(session / 5));
    }
  }

  @Test
  void should_leave_runs_without_a_term_length_as_they_were() {
    // given the same group without terms, with a model but no term length, and with term length 0
    FacilitatorTerms noLength = FacilitatorTerms.ofDefaults();
    Scenario plain =
        year(noLength)
            .behaviour(
                ImmutableBehaviourModel.copyOf(year(noLength).build().behaviour())
                    .withFacilitatorTerms(java.util.Optional.empty()))
            .arms(List.of(arm("plain")))
            .build();
    Scenario modelOnly = year(noLength).arms(List.of(arm("plain"))).build();
    Scenario zero =
        year(FacilitatorTerms.custom().sessionsPerTerm(13).build())
            .arms(List.of(arm("plain", 0)))
            .build();
    for (long seed = 0; seed < 3; seed++) {
      // when run, then the metrics are the same, with no term metrics
      RunMetrics m = Simulation.run(plain, 0, seed).metrics();
      assertThat(m.facilitatorTerms()).isEmpty();
      assertThat(Simulation.run(modelOnly, 0, seed).metrics()).isEqualTo(m);
      assertThat(Simulation.run(zero, 0, seed).metrics()).isEqualTo(m);
    }
  }

  @Test
  void should_wear_out_and_lose_a_facilitator_who_serves_too_long() {
    // given one holder for the whole year
    Scenario s = year(FacilitatorTerms.ofDefaults()).arms(List.of(arm("year", 52))).build();
    // when run
    TermMetrics t = Simulation.run(s, 0, 1).metrics().facilitatorTerms().orElseThrow();
    // then they burnt out, facilitated burnt out, and left; the next founder took over
    assertThat(t.burnoutEpisodes()).isPositive();
    assertThat(t.sessionsWithBurntOutFacilitator()).isPositive();
    assertThat(t.facilitatorDropOuts()).isPositive();
    assertThat(t.terms()).isEqualTo(t.facilitatorDropOuts() + 1);
  }

  @Test
  void should_give_the_engine_metrics_on_the_fast_path_with_terms_and_burn_out() {
    // given term lengths from weekly to a year, with burn-out and drop-outs that happen
    Scenario s =
        year(FacilitatorTerms.custom().burnoutThreshold(12).dropOutThreshold(20).build())
            .arms(List.of(arm("none", 0), arm("weekly", 1), arm("quarter", 13), arm("year", 52)))
            .build();
    int dropOuts = 0;
    for (int a = 0; a < s.arms().size(); a++) {
      for (long seed = 0; seed < 3; seed++) {
        // when run on both paths
        RunResult fast = Simulation.run(s, a, seed);
        RunResult engine = Simulation.runWithEventLog(s, a, seed);
        // then the engine accepted every command and its log gives the same metrics
        assertThat(engine.metrics()).isEqualTo(fast.metrics());
        assertThat(Simulation.metricsOf(s, a, engine.events())).isEqualTo(fast.metrics());
        dropOuts +=
            fast.metrics().facilitatorTerms().map(TermMetrics::facilitatorDropOuts).orElse(0);
      }
    }
    assertThat(dropOuts).as("worn-out facilitators who left").isPositive();
  }

  @Test
  void should_summarize_the_term_metrics_of_arms_with_terms_only() {
    Scenario s =
        year(FacilitatorTerms.ofDefaults())
            .sessions(20)
            .arms(List.of(arm("none", 0), arm("quarter", 13)))
            .build();
    ExperimentResult r =
        Experiment.custom().scenario(s).replicates(3).masterSeed(1).threads(2).build().run();

    assertThat(r.summary())
        .filteredOn(m -> m.metric().equals("facilitator_drop_outs"))
        .extracting(MetricSummary::arm)
        .containsExactly("quarter");
    assertThat(r.summaryCsv()).contains("terms,quarter,burnout_episodes,3,");
  }

  @Test
  void should_give_the_same_bytes_for_the_same_seed_on_any_number_of_threads() {
    Scenario s =
        year(FacilitatorTerms.custom().burnoutThreshold(12).dropOutThreshold(20).build())
            .arms(List.of(arm("weekly", 1), arm("year", 52)))
            .build();
    String[] outputs = new String[3];
    int[] threads = {1, 3, 1};
    for (int i = 0; i < 3; i++) {
      ExperimentResult r =
          Experiment.custom()
              .scenario(s)
              .replicates(6)
              .masterSeed(42)
              .threads(threads[i])
              .build()
              .run();
      outputs[i] = r.csv() + r.jsonLines() + r.summaryCsv();
    }
    assertThat(outputs[0])
        .contains("\"facilitatorTerms\"")
        .isEqualTo(outputs[1])
        .isEqualTo(outputs[2]);
  }

  @Test
  void should_name_the_path_and_the_field_of_a_bad_parameter() {
    assertBad(
        "{\"behaviour\": {\"facilitatorTerms\": {\"recovery\": 1.5}}}",
        "$.behaviour.facilitatorTerms",
        "facilitatorTerms.recovery must be a fraction in [0, 1], was 1.5");
    assertBad(
        "{\"behaviour\": {\"facilitatorTerms\": {\"burnoutThreshold\": 10,"
            + " \"dropOutThreshold\": 5}}}",
        "$.behaviour.facilitatorTerms",
        "facilitatorTerms.dropOutThreshold must be at least burnoutThreshold (10.0), was 5.0");
    assertBad(
        "{\"behaviour\": {\"facilitatorTerms\": {\"sessionsPerTerm\": -1}}}",
        "$.behaviour.facilitatorTerms",
        "facilitatorTerms.sessionsPerTerm must be 0 (no terms) or more, was -1");
    assertBad(
        "{\"arms\": [{\"label\": \"x\", \"sessionsPerTerm\": -13}]}",
        "$.arms[0]",
        "sessionsPerTerm must be 0 (no terms) or more, was -13");
  }

  private static void assertBad(String json, String path, String reason) {
    assertThatThrownBy(() -> PeerledJson.read(json, Scenario.class, "s.json"))
        .isInstanceOf(JsonInputException.class)
        .satisfies(
            e -> {
              JsonInputException j = (JsonInputException) e;
              assertThat(j.source()).isEqualTo("s.json");
              assertThat(j.path()).isEqualTo(path);
              assertThat(j.reason()).isEqualTo(reason);
            });
  }
}
