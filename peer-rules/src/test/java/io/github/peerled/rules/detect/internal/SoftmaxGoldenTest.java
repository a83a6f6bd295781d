package io.github.peerled.rules.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The detector's probabilities, pinned to the bit: its softmax uses {@link StrictMath}, so every
 * Java platform gives these doubles, and a simulation whose facilitator acts on the detector's
 * confidence gives the same output everywhere.
 */
class SoftmaxGoldenTest {
  @Test
  void should_give_the_recorded_probabilities_to_the_bit() {
    double[] z = new double[Model.K];
    for (int k = 0; k < z.length; k++) {
      z[k] = 0.7 * k - 1.3 + (k % 2) * 2.1;
    }

    Model.calibrate(z, 1.4);

    assertThat(Arrays.stream(z).mapToObj(Double::toHexString))
        .containsExactly(
            "0x1.069fc39496c29p-5",
            "0x1.e522d1a571a02p-3",
            "0x1.64f170f077b9ap-4",
            "0x1.49af213f4b349p-1");
  }
}
