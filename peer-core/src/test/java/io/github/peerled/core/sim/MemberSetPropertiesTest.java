package io.github.peerled.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MemberSet} agrees with {@link BitSet} on random sequences of operations, for groups around
 * 64 members (where a set moves between one word and several) and far beyond.
 */
class MemberSetPropertiesTest {

  @Test
  void should_agree_with_a_bit_set_in_groups_around_64() {
    qt().withExamples(400)
        .forAll(
            integers().between(1, 140), lists().of(integers().allPositive()).ofSizeBetween(1, 80))
        .checkAssert(MemberSetPropertiesTest::agree);
  }

  @Test
  void should_agree_with_a_bit_set_in_groups_of_thousands() {
    qt().withExamples(100)
        .forAll(
            integers().between(141, 5_000),
            lists().of(integers().allPositive()).ofSizeBetween(1, 80))
        .checkAssert(MemberSetPropertiesTest::agree);
  }

  /** Runs the operations coded in {@code ops} on two sets and two bit sets, comparing each step. */
  private static void agree(int groupSize, List<Integer> ops) {
    MemberSet a = MemberSet.empty();
    MemberSet b = MemberSet.empty();
    BitSet ma = new BitSet();
    BitSet mb = new BitSet();
    for (int code : ops) {
      int m = (code / 11) % groupSize;
      int m2 = (code / 11 / groupSize) % (groupSize + 1);
      switch (code % 11) {
        case 0 -> {
          a = a.with(m);
          ma.set(m);
        }
        case 1 -> {
          a = a.without(m);
          ma.clear(m);
        }
        case 2 -> {
          b = b.with(m);
          mb.set(m);
        }
        case 3 -> {
          a = a.and(b);
          ma.and(mb);
        }
        case 4 -> {
          a = a.or(b);
          ma.or(mb);
        }
        case 5 -> {
          a = a.andNot(b);
          ma.andNot(mb);
        }
        case 6 -> {
          b = MemberSet.range(Math.min(m, m2), Math.max(m, m2));
          mb.clear();
          mb.set(Math.min(m, m2), Math.max(m, m2));
        }
        case 7 -> {
          b = MemberSet.of(m, m2 % groupSize, m);
          mb.clear();
          mb.set(m);
          mb.set(m2 % groupSize);
        }
        case 8 -> {
          MemberSet t = a;
          a = b;
          b = t;
          BitSet mt = ma;
          ma = mb;
          mb = mt;
        }
        case 9 -> {
          b = b.without(m);
          mb.clear(m);
        }
        default -> {
          b = b.or(a).andNot(MemberSet.of(m));
          mb.or(ma);
          mb.clear(m);
        }
      }
      same(a, ma, groupSize);
      same(b, mb, groupSize);
      BitSet sub = (BitSet) mb.clone();
      sub.andNot(ma);
      assertThat(a.containsAll(b)).isEqualTo(sub.isEmpty());
      assertThat(a.equals(b)).isEqualTo(ma.equals(mb));
      if (ma.equals(mb)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    }
  }

  private static void same(MemberSet s, BitSet model, int groupSize) {
    int[] expected = model.stream().toArray();
    assertThat(s.size()).isEqualTo(model.cardinality());
    assertThat(s.isEmpty()).isEqualTo(model.isEmpty());
    assertThat(s.toArray()).containsExactly(expected);
    List<Integer> visited = new ArrayList<>();
    s.forEach(visited::add);
    assertThat(visited).containsExactly(model.stream().boxed().toArray(Integer[]::new));
    for (int k = 0; k < expected.length; k += 1 + expected.length / 40) {
      assertThat(s.nth(k)).isEqualTo(expected[k]);
    }
    if (expected.length > 0) {
      assertThat(s.nth(expected.length - 1)).isEqualTo(expected[expected.length - 1]);
    }
    for (int i = -1; i <= groupSize + 64; i += 1 + i / 5) {
      assertThat(s.contains(i)).as("contains %d", i).isEqualTo(i >= 0 && model.get(i));
      int next = i < 0 ? model.nextSetBit(0) : model.nextSetBit(i);
      assertThat(s.next(i)).as("next(%d)", i).isEqualTo(next);
    }
    assertThat(s).isEqualTo(MemberSet.of(expected));
    assertThat(s.hashCode()).isEqualTo(MemberSet.of(expected).hashCode());
    assertThat(s.toString()).isEqualTo(model.toString());
  }

  @Test
  void should_refuse_a_negative_member_and_a_kth_member_past_the_end() {
    // given
    MemberSet s = MemberSet.of(3, 70);
    // when / then
    assertThatThrownBy(() -> MemberSet.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a member's index must be 0 or more, was -1");
    assertThatThrownBy(() -> s.with(-2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MemberSet.range(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a range of members needs 0 <= from <= to, was 5 to 4");
    assertThatThrownBy(() -> s.nth(2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("member 2 of a set of 2");
    assertThat(s.without(-1)).isSameAs(s);
  }

  @Test
  void should_hold_a_set_of_low_members_in_one_word_whatever_made_it() {
    // given a set that once held member 100
    MemberSet s = MemberSet.of(3, 100).without(100);
    // when / then: it is the one-word set {3}
    assertThat(s.words).isNull();
    assertThat(s).isEqualTo(MemberSet.of(3));
    assertThat(MemberSet.range(0, 64).words).isNull();
    assertThat(MemberSet.range(0, 65).words).hasSize(2);
  }
}
