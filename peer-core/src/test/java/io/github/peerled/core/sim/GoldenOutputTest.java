package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The model's output, to the bit: the SHA-256 of the CSV of a fixed experiment. It changes only
 * when the model or the output format does; then bump {@link ExperimentResult#FORMAT} and record
 * the new checksum here.
 */
class GoldenOutputTest {
  static final String GOLDEN = "1c6ca48db068148bc8d97e9224e9c2f986310eb0b5d28da847936f4f72672411";

  @Test
  void should_give_the_recorded_output_to_the_bit() {
    String csv =
        Experiment.custom()
            .scenario(Scenarios.busy())
            .scenario(Scenarios.adviceProcess())
            .replicates(5)
            .masterSeed(20260105L)
            .threads(2)
            .build()
            .run()
            .csv();
    assertThat(ExperimentResult.sha256(csv.getBytes(StandardCharsets.UTF_8))).isEqualTo(GOLDEN);
  }
}
