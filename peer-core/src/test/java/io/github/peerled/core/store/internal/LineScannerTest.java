package io.github.peerled.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search for line ends must find what a plain byte loop finds. */
class LineScannerTest {

  @Test
  void should_find_the_first_line_end_as_a_byte_loop_does() {
    qt().withFixedSeed(11L)
        .withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              // given bytes of every value, with line ends anywhere or nowhere
              SplittableRandom r = new SplittableRandom(seed);
              byte[] b = new byte[r.nextInt(80)];
              int density = 1 + r.nextInt(40);
              for (int i = 0; i < b.length; i++) {
                b[i] = r.nextInt(density) == 0 ? (byte) '\n' : (byte) r.nextInt(256);
              }
              int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
              int to = from + r.nextInt(b.length - from + 1);

              // when / then
              assertThat(LineScanner.newline(b, from, to))
                  .as("from %d to %d", from, to)
                  .isEqualTo(byteLoop(b, from, to));
            });
  }

  @Test
  void should_find_a_line_end_in_each_lane_and_next_to_high_bytes() {
    for (int lane = 0; lane < 16; lane++) {
      byte[] b = new byte[16];
      java.util.Arrays.fill(b, (byte) 0x8a);
      b[lane] = '\n';
      assertThat(LineScanner.newline(b, 0, 16)).isEqualTo(lane);
      assertThat(LineScanner.newline(b, lane + 1, 16)).isEqualTo(-1);
    }
    byte[] eleven = {0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x09, '\n'};
    assertThat(LineScanner.newline(eleven, 0, eleven.length)).isEqualTo(9);
  }

  private static int byteLoop(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
