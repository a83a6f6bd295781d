package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Remarks in words the sets did not hold before: a pile-on hedged as "I'm only saying what
 * everyone's thinking", an order to learn opened with "maybe", mock pity ("poor little Ann") and a
 * member set below "some of us"; beside kindness, advice and sympathy in the same words, left
 * alone.
 */
class RespectfulExchangeInsinuationTest {
  private static List<Finding> review(String lines) {
    return Fixtures.respectFindings(lines);
  }

  @Test
  void should_flag_a_jibe_hedged_as_only_saying_what_everyone_thinks() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: i been feelin realy low sinse the crisis
            10:01 b RESPONSE>1: Sort your spelling out before you post, Ann.
            10:02 c RESPONSE>2: Ben, that's out of order.
            10:03 b RESPONSE>3: Relax Cy, I'm only saying what everyone's thinking.
            """);

    assertThat(at(f)).containsExactly(2, 4);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_flag_an_order_to_learn_opened_with_maybe() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: For me is very hard week, baby is not sleep.
            10:01 b RESPONSE>1: Maybe learn English before you join an English group.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_mock_pity_and_a_member_set_below_some_of_us() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: My brother called me mental at Sunday dinner.
            10:01 b RESPONSE>1: Aww, poor little Ann, everyone's so mean to you.
            10:02 c SHARING: Third round failed, I've been in bed all week.
            10:03 a SHARING: Anyway.
            10:04 a SHARING: Anyway.
            10:05 a SHARING: Anyway.
            10:06 b RESPONSE>3: Third round and you're in bed? Some of us have done six and still go to work. Bit dramatic, no?
            """);

    assertThat(at(f)).containsExactly(2, 7);
  }

  @Test
  void should_leave_kindness_advice_and_sympathy_in_the_same_words_alone() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: The baby's teething and I've had no sleep.
            10:01 b RESPONSE>1: Poor little mite. I'm only saying what helped me, Ann: a cold flannel.
            10:02 c RESPONSE>1: Maybe ask your health visitor about it, Ann.
            10:03 b RESPONSE>1: Some of us have been there too, Ann, you're not alone.
            10:04 c SHARING: I'm just asking, does anyone else's baby chew everything?
            """);

    assertThat(f).isEmpty();
  }
}
