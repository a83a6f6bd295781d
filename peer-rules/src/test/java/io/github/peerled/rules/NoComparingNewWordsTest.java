package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers turned into a contest in words the first sets did not hold: a number set against a member
 * named ("lower than Cy's"), a multiple of someone's number ("double yours"), a rank in the group
 * ("top of the table", "of anyone here"), one's own standard held over another's number ("I'd be
 * embarrassed", "I'd never let mine"), and an echoed number said as a word ("Seven? I'm on 2"), and
 * a member's contest again after three contributions without one; beside own numbers shared and
 * celebrated, left alone.
 */
class NoComparingNewWordsTest {
  @Test
  void should_flag_a_number_set_against_a_member_named() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 c SHARING: Fasting 5.6 this morning.
            10:01 a SHARING: Mine was 5.9, not bad.
            10:02 b RESPONSE>2: Mine were lower than Cy's and Ann's all week.
            """);

    assertThat(at(f)).containsExactly(3);
  }

  @Test
  void should_flag_a_multiple_of_someones_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: 3,000 steps a day this week.
            10:01 b RESPONSE>1: I'm on about triple yours most days.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_a_rank_in_the_group() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Down 2lb this week.
            10:01 b SHARING: 14lb total now, top of the table again.
            10:02 c SHARING: My dose is the smallest of anyone here, 2mg.
            """);

    assertThat(at(f)).containsExactly(2, 3);
  }

  @Test
  void should_flag_ones_own_standard_held_over_anothers_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: HbA1c came back at 71.
            10:01 b RESPONSE>1: I'd be mortified with that. I'd never let mine go over 50.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_an_echoed_number_said_as_a_word() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: They put me up to 8mg of warfarin.
            10:01 b RESPONSE>1: Eight? I'm on 3mg and always in range.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_a_members_contest_again_after_a_few_contributions_without_one() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: 5,000 steps today.
            10:01 b RESPONSE>1: 9,000 here, beat that.
            10:02 a SHARING: Going to the beach tomorrow.
            10:03 c SHARING: Lovely weather for it.
            10:04 a SHARING: Packing the cool box now.
            10:05 c RESPONSE>5: Enjoy!
            10:06 b SHARING: 12,000 today, beat that Ann.
            """);

    assertThat(at(f)).containsExactly(2, 7);
  }

  @Test
  void should_flag_one_number_set_over_another_and_the_listener_told_they_are_losing() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Screen time down to 3 hours a day.
            10:01 b RESPONSE>1: 1 hour here. 1 beats 3 any day of the week.
            10:02 c RESPONSE>1: Sorry Ann, you're losing this one.
            """);

    assertThat(at(f)).containsExactly(2, 3);
  }

  @Test
  void should_leave_own_numbers_and_celebration_alone() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: HbA1c 53, down from 61, best I've had in years.
            10:01 b RESPONSE>1: Brilliant Ann, so pleased for you. Mine is still 64 but I'm getting there.
            10:02 c SHARING: I take half what I used to and I am doing better than Ann expected, ha.
            10:03 a RESPONSE>1: Thanks both. Twice a day walks are helping.
            10:04 c SHARING: Eight weeks since the op, 4,000 steps today.
            """);

    assertThat(f).isEmpty();
  }
}
