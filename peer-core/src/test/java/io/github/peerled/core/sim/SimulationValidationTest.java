package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Validates the model against results known in closed form. Each expected value is computed exactly
 * in the test, and the simulated estimate must fall within about four standard errors.
 */
class SimulationValidationTest {

  private static ImmutableScenario.Builder equalTalk() {
    return Scenario.custom()
        .name("equal")
        .group(GroupSpec.custom().size(12).build())
        .turnsPerSession(120)
        .behaviour(BehaviourModel.custom().acts(Map.of(Act.SHARE, 1.0)).build());
  }

  /**
   * The exact expectation of the Gini coefficient of multinomial turn counts with equal
   * probabilities. With {@code G = Σ_i Σ_j |X_i - X_j| / (2 n^2 mean)} and mean {@code T/n} fixed,
   * {@code E[G] = (n - 1) E|X_1 - X_2| / (2T)}, and {@code (X_1, X_2)} is trinomial {@code (T; 1/n,
   * 1/n, 1 - 2/n)}. The expectation {@code E|X_1 - X_2|} is summed exactly over all {@code (a, b)}
   * with {@code a + b <= T}, in log space for the factorials.
   */
  static double exactExpectedGini(int n, int turns) {
    double[] logFact = new double[turns + 1];
    for (int i = 1; i <= turns; i++) {
      logFact[i] = logFact[i - 1] + Math.log(i);
    }
    double p = 1.0 / n;
    double q = 1.0 - 2.0 / n;
    double expectedAbs = 0;
    for (int a = 0; a <= turns; a++) {
      for (int b = 0; a + b <= turns; b++) {
        int c = turns - a - b;
        double logP =
            logFact[turns]
                - logFact[a]
                - logFact[b]
                - logFact[c]
                + (a + b) * Math.log(p)
                + (c == 0 ? 0 : c * Math.log(q));
        expectedAbs += Math.abs(a - b) * Math.exp(logP);
      }
    }
    return (n - 1) * expectedAbs / (2.0 * turns);
  }

  /** The exact binomial tail {@code P(X >= k)} for {@code X ~ Bin(n, p)}. */
  static double binomialTail(int n, double p, int k) {
    double sum = 0;
    for (int x = k; x <= n; x++) {
      double choose = 1;
      for (int i = 0; i < x; i++) {
        choose = choose * (n - i) / (i + 1);
      }
      sum += choose * Math.pow(p, x) * Math.pow(1 - p, n - x);
    }
    return sum;
  }

  @Test
  void should_match_the_exact_multinomial_gini_with_equal_propensities() {
    double expected = exactExpectedGini(12, 120);
    assertThat(expected).isCloseTo(0.1635, within(0.001));

    ExperimentResult r =
        Experiment.custom()
            .scenario(equalTalk().sessions(50).build())
            .replicates(60)
            .masterSeed(11)
            .threads(2)
            .build()
            .run();
    double sum = 0;
    for (RunResult run : r.runs()) {
      sum += run.metrics().meanGini();
    }
    double measured = sum / r.runs().size();
    // 3,000 sessions; the per-session Gini has a standard deviation near 0.03, so the standard
    // error of the mean is near 0.0006.
    assertThat(measured).as("mean Gini, expected %s", expected).isCloseTo(expected, within(0.0025));
  }

  @Test
  void should_give_a_gini_of_zero_under_strict_round_robin() {
    Scenario s =
        equalTalk()
            .sessions(20)
            .arms(java.util.List.of(PolicyArm.of("go-round", PolicySpec.of("go-round"))))
            .build();
    for (long seed = 0; seed < 20; seed++) {
      RunMetrics m = Simulation.run(s, 0, seed).metrics();
      assertThat(m.meanGini()).isEqualTo(0.0);
      assertThat(m.meanTopSpeakerShare()).isCloseTo(10.0 / 120.0, within(1e-12));
    }
  }

  @Test
  void should_recover_the_configured_participation_ratio() {
    double r = 0.75;
    Scenario s =
        equalTalk()
            .sessions(20)
            .behaviour(
                BehaviourModel.custom().participationRatio(r).acts(Map.of(Act.SHARE, 1.0)).build())
            .build();
    ExperimentResult result =
        Experiment.custom().scenario(s).replicates(100).masterSeed(5).threads(2).build().run();
    double sum = 0;
    for (RunResult run : result.runs()) {
      sum += run.metrics().fittedR();
    }
    assertThat(sum / result.runs().size())
        .as("fitted participation ratio, configured %s", r)
        .isCloseTo(r, within(0.02));
  }

  @Test
  void should_match_the_binomial_law_of_attendance() {
    double expected = binomialTail(6, 0.705, 4);
    assertThat(expected).isCloseTo(0.7535, within(0.0005));

    Scenario s =
        equalTalk()
            .sessions(6)
            .turnsPerSession(10)
            .behaviour(
                BehaviourModel.custom().attendance(0.705).acts(Map.of(Act.SHARE, 1.0)).build())
            .build();
    ExperimentResult result =
        Experiment.custom().scenario(s).replicates(2000).masterSeed(3).threads(2).build().run();
    int members = 0;
    int atLeastFour = 0;
    for (RunResult run : result.runs()) {
      for (int attended : run.metrics().sessionsAttended()) {
        members++;
        atLeastFour += attended >= 4 ? 1 : 0;
      }
    }
    // 24,000 members: the standard error of the share is near 0.0028.
    assertThat((double) atLeastFour / members)
        .as("share attending at least 4 of 6, binomial law %s", expected)
        .isCloseTo(expected, within(0.012));
  }
}
