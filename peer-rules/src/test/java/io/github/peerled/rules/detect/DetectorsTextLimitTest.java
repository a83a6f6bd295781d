package io.github.peerled.rules.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a host is told of how much of a text a detector reads. */
class DetectorsTextLimitTest {
  private static final int MAX = Detectors.MAX_TEXT_CHARS;

  @Test
  void should_read_a_text_up_to_the_limit_whole() {
    assertThat(MAX).isEqualTo(1_000_000);
    assertThat(Detectors.charsRead("short")).isEqualTo(5);
    assertThat(Detectors.charsRead("a".repeat(MAX))).isEqualTo(MAX);
  }

  @Test
  void should_read_a_longer_text_up_to_the_limit_without_splitting_a_surrogate_pair() {
    assertThat(Detectors.charsRead("a".repeat(MAX + 5))).isEqualTo(MAX);
    String emojiAcrossTheLimit = "a".repeat(MAX - 1) + "\uD83D\uDE00" + "tail";
    assertThat(Detectors.charsRead(emojiAcrossTheLimit)).isEqualTo(MAX - 1);
  }
}
