package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How no-comparing reads an answer to another member's number when no measure is named ("600?
 * amateur", "is nothing", "beat that"), a contest refused ("not a league table"), a member's lead
 * claimed ("ahead of you"), and a unit that looks like "you" ("2.5 u/h").
 */
class NoComparingAnswersTest {
  @Test
  void should_read_a_rivalry_or_a_challenge_answering_another_members_number_without_a_measure() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Scan showed 9 follicles today, the clinic were happy.
            10:01 b RESPONSE>1: 9 is nothing, I had 17 on my first go.
            10:02 c RESPONSE>2: pfft, mine were all perfect grade, beat that Ben.
            """);

    assertThat(at(f)).containsExactly(2, 3);
  }

  @Test
  void should_read_a_bare_boast_answering_another_members_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Creatinine came back at 140, the team are happy.
            10:01 b RESPONSE>1: Mine's better and I barely think about it.
            10:02 c RESPONSE>1: 140 after a year? couldn't be me.
            """);

    assertThat(at(f)).containsExactly(2, 3);
  }

  @Test
  void should_leave_a_contest_that_is_refused() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: My count came back at 14, down from 30.
            10:01 c OTHER: Lovely Ann. Let's not make this a league table, everyone's different.
            10:02 b RESPONSE>1: Counts here aren't a leaderboard, it's good news for you.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_a_lead_claimed_over_others() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Down 3kg since the last meeting.
            10:01 b RESPONSE>1: I've lost 9 since spring so I'm well ahead of you.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_not_read_a_units_per_hour_setting_as_the_listeners_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: For what it's worth my target is 5.5 and max basal 3 u/h now.
            """);

    assertThat(f).isEmpty();
  }
}
