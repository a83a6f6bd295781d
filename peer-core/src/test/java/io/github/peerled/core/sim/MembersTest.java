package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names of simulated members, in groups of any size. */
class MembersTest {

  @Test
  void should_name_members_with_two_digits_up_to_99_and_more_beyond() {
    // given / when / then
    assertThat(Members.id(0)).isEqualTo("m01");
    assertThat(Members.id(98)).isEqualTo("m99");
    assertThat(Members.id(99)).isEqualTo("m100");
    assertThat(Members.id(1999)).isEqualTo("m2000");
    assertThat(Members.memberId(1999).value()).isEqualTo("m2000");
  }

  @Test
  void should_find_a_member_by_id_only_within_the_group() {
    // given / when / then
    assertThat(Members.index("m07", 12)).isEqualTo(6);
    assertThat(Members.index("m13", 12)).isEqualTo(-1);
    assertThat(Members.index("m500", 500)).isEqualTo(499);
    assertThat(Members.index("m501", 500)).isEqualTo(-1);
    assertThat(Members.index("m7", 12)).isEqualTo(-1);
    assertThat(Members.index("m007", 12)).isEqualTo(-1);
    assertThat(Members.index("m0100", 500)).isEqualTo(-1);
    assertThat(Members.index("x07", 12)).isEqualTo(-1);
    assertThat(Members.index("m00", 12)).isEqualTo(-1);
    assertThat(Members.index("m99999999999", 10_000)).isEqualTo(-1);
  }

  @Test
  void should_give_the_kth_member_of_a_word_in_index_order() {
    // given members 1, 4, 5 and 63
    long mask = (1L << 1) | (1L << 4) | (1L << 5) | (1L << 63);
    // when / then
    assertThat(MemberSet.nthBit(mask, 0)).isEqualTo(1);
    assertThat(MemberSet.nthBit(mask, 1)).isEqualTo(4);
    assertThat(MemberSet.nthBit(mask, 2)).isEqualTo(5);
    assertThat(MemberSet.nthBit(mask, 3)).isEqualTo(63);
    assertThat(MemberSet.nthBit(-1L, 64 - 1)).isEqualTo(63);
  }
}
