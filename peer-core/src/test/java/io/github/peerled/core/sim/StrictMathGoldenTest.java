package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Floating point that reaches the output, pinned to the bit: the values below come from {@link
 * StrictMath} alone, so every Java platform gives exactly these doubles. A change here changes
 * every experiment's output; then the golden experiment and {@link ExperimentResult#FORMAT} change
 * too.
 */
class StrictMathGoldenTest {
  private static String bits(double v) {
    return Double.toHexString(v);
  }

  @Test
  void should_give_the_recorded_t_quantiles_to_the_bit() {
    assertThat(bits(StudentT.quantile(0.975, 1))).isEqualTo("0x1.96993aacc4d0ep3");
    assertThat(bits(StudentT.quantile(0.975, 4))).isEqualTo("0x1.63628d9efb5d9p1");
    assertThat(bits(StudentT.quantile(0.975, 29))).isEqualTo("0x1.05ca15bce2874p1");
    assertThat(bits(StudentT.quantile(0.975, 999))).isEqualTo("0x1.f65c028f2745bp0");
  }

  @Test
  void should_give_the_t_quantiles_of_the_published_tables() {
    // Student t, two-sided 95%: the tables' values to 7 decimals
    assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062047, within(1e-7));
    assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.3026527, within(1e-7));
    assertThat(StudentT.quantile(0.975, 5)).isCloseTo(2.5705818, within(1e-7));
    assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.2281389, within(1e-7));
    assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.0422725, within(1e-7));
    assertThat(StudentT.quantile(0.975, 100)).isCloseTo(1.9839715, within(1e-7));
    assertThat(StudentT.quantile(0.995, 10)).isCloseTo(3.1692727, within(1e-7));
  }

  @Test
  void should_give_the_recorded_participation_law_to_the_bit() {
    BehaviourModel b = BehaviourModel.custom().participationRatio(0.83).build();

    assertThat(bits(Members.propensity(b, 7))).isEqualTo("0x1.15df878db8b14p-2");
    assertThat(bits(Tracker.fitR(new long[] {40, 31, 22, 9, 5, 1, 0})))
        .isEqualTo("0x1.f7fe16042c431p-2");
  }

  @Test
  void should_give_the_recorded_metrics_of_a_run_to_the_bit() {
    RunMetrics m = Experiment.of(Scenarios.busy()).runOne(3).metrics();

    assertThat(bits(m.meanGini())).isEqualTo("0x1.aec8fcda46a91p-2");
    assertThat(bits(m.fittedR())).isEqualTo("0x1.92e4197ebf1eap-1");
    assertThat(bits(m.adviceShare())).isEqualTo("0x1.2222222222222p-4");
  }
}
