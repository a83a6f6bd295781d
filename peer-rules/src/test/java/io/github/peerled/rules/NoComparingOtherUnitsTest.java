package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number contests in units beyond blood sugar and weight (hours, percent, peak flow, tablets), the
 * listener set "miles behind", the author's health held above "anyone else's", and the author's
 * side set against the listener's right after the author's own number ("Mine was 44. Some of us
 * actually count properly"); beside a jibe after the listener's number only, a condition had
 * "longer than anyone here", a thing "a long way behind me", and laughing banter in a talk of
 * numbers, left alone.
 */
class NoComparingOtherUnitsTest {
  @Test
  void should_flag_a_contest_of_hours_and_percent_in_words() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: I'm getting six hours a night on the machine now, unheard of for me.
            10:01 b RESPONSE>1: Six hours, that's nothing mate. I'm doing eight hours every night.
            10:02 a RESPONSE>2: I work nights, Ben.
            10:03 b RESPONSE>3: Excuses. Ninety-eight percent usage. Beat that.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_the_listener_set_miles_behind_and_health_above_anyone_elses() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: 5 weeks off the vape today, saved about 90 quid.
            10:01 b RESPONSE>1: I saved more than that in a month. ur miles behind
            10:02 c SHARING: Peak flow 410 this morning, first time over 400 since October.
            10:03 b SHARING: My lungs are in better nick than anyone else's here.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_the_authors_side_set_against_the_listeners_after_the_authors_own_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: HbA1c came back at 46, lowest I've ever had.
            10:01 b RESPONSE>1: Mine was 44 last time, so no. Some of us actually count properly.
            10:02 c SHARING: LDL is 4.5 on three tablets, they're talking about injections.
            10:03 a RESPONSE>3: I'm on one tablet. And I'm half that.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_leave_alone_a_jibe_after_the_listeners_number_and_a_condition_had_longest() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: i drank on saturday. back to day 3. gutted
            10:01 b RESPONSE>1: again ann? the 4th time this year. some of us actually want it
            10:02 c SHARING: I've kept lunch down four days running with the soups.
            10:03 a RESPONSE>3: Soups never worked for me. I've been at this longer than anyone here.
            10:04 c SHARING: The bad years are a long way behind me now, 4 years on.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_leave_alone_laughing_banter_in_a_talk_of_numbers() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: We got four hours straight on Saturday. Four!
            10:01 b RESPONSE>1: Four hours is the dream Ann. We're at two and a half on a good night.
            10:02 c RESPONSE>2: Ben you still look better than Ann does on four, to be fair 😂
            """);

    assertThat(f).isEmpty();
  }
}
