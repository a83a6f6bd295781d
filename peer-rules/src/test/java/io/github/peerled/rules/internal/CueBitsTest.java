package io.github.peerled.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every kind of cue has a bit of its own in an analysis's {@code long} of cues found. */
class CueBitsTest {
  @Test
  void should_give_every_cue_a_bit_of_its_own() {
    assertThat(Cue.values())
        .as("a long holds 64 cue bits; past that, Cue.bit() wraps and cues would share a bit")
        .hasSizeLessThanOrEqualTo(Long.SIZE);
    assertThat(Arrays.stream(Cue.values()).mapToLong(Cue::bit).reduce(0L, (a, b) -> a | b))
        .isEqualTo(Cue.values().length == Long.SIZE ? -1L : (1L << Cue.values().length) - 1);
  }
}
