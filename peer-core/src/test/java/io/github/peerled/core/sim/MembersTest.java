package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bit-mask helpers the model uses for sets of members. */
class MembersTest {

  @Test
  void should_give_the_set_of_the_first_n_members_up_to_all_64() {
    // given / when / then
    assertThat(Members.all(0)).isZero();
    assertThat(Members.all(1)).isEqualTo(0b1L);
    assertThat(Members.all(12)).isEqualTo(0xFFFL);
    assertThat(Members.all(63)).isEqualTo(Long.MAX_VALUE);
    assertThat(Members.all(64)).isEqualTo(-1L);
  }

  @Test
  void should_give_the_kth_member_of_a_set_in_index_order() {
    // given members 1, 4, 5 and 63
    long mask = (1L << 1) | (1L << 4) | (1L << 5) | (1L << 63);
    // when / then
    assertThat(Members.nthBit(mask, 0)).isEqualTo(1);
    assertThat(Members.nthBit(mask, 1)).isEqualTo(4);
    assertThat(Members.nthBit(mask, 2)).isEqualTo(5);
    assertThat(Members.nthBit(mask, 3)).isEqualTo(63);
    assertThat(Members.nthBit(-1L, 64 - 1)).isEqualTo(63);
  }
}
