package io.github.peerled.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitTest {
  @Test
  void should_take_the_first_byte_of_the_sha256_of_the_name() {
    // SHA-256("abc") = ba7816bf... (the FIPS 180-2 test vector)
    assertThat(Split.firstByte("abc")).isEqualTo(0xba);
    assertThat(Split.heldOut("abc")).isFalse();
  }

  @Test
  void should_hold_out_names_whose_first_byte_is_below_86() {
    // alpha-story: 0x48 = 72; charlie-end: 0x2d = 45; delta-calm: 0x5b = 91; bravo-quiet: 0xd2
    assertThat(Split.firstByte("delta-calm")).isEqualTo(91);
    assertThat(Split.heldOut("alpha-story")).isTrue();
    assertThat(Split.heldOut("charlie-end")).isTrue();
    assertThat(Split.heldOut("delta-calm")).isFalse();
    assertThat(Split.heldOut("bravo-quiet")).isFalse();
    assertThat(Split.HELDOUT.includes("alpha-story")).isTrue();
    assertThat(Split.TUNING.includes("alpha-story")).isFalse();
    assertThat(Split.TUNING.includes("delta-calm")).isTrue();
    assertThat(Split.ALL.includes("delta-calm")).isTrue();
  }

  @Test
  void should_name_the_session_after_its_file_without_extension() {
    LabelledSession s = LabelledSession.parse("some/dir/alpha-story.session", new byte[0]);
    assertThat(s.name).isEqualTo("alpha-story");
    assertThat(s.heldOut()).isTrue();
  }
}
