package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number contests read by clause and by rank: another's number praised faintly in a sentence's
 * first clause and the author's own set beside it ("55 is fine, I was 58"), an echo question after
 * a name ("Ha Rosa, 7 or 8?"), the author ranked above the group ("best numbers in here", "nobody
 * here has done it faster than me", "the only one under 40"), and "than thee"; beside a superlative
 * that ranks no amount, an own number said after a friend's, and praise with no number of one's
 * own, left alone.
 */
class NoComparingRankingTest {
  @Test
  void should_flag_faint_praise_in_a_first_clause_then_the_authors_own_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Ejection fraction 55 at the review, they were pleased.
            10:01 b RESPONSE>1: 55 is fine, I was 58 before they changed my tablets though.
            10:02 c SHARING: Step count 4000 yesterday, best in months.
            10:03 b RESPONSE>3: 4000 is sweet but I'm doing 9000 and I'm older.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_an_echo_question_after_a_name_and_the_authors_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Waking up at 7 or 8 most days, which is high for me.
            10:01 b RESPONSE>1: Ha Rosa, 7 or 8? Mine is 5 every single morning.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_the_author_ranked_above_the_group() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: My HbA1c came back at 52 this time.
            10:01 b RESPONSE>1: I got 44. Pretty sure that's the best numbers in here.
            10:02 c SHARING: Eleven weeks without a cigarette now, 77 days.
            10:03 d RESPONSE>3: I'm at 140 days. Nobody here has done it faster than me.
            10:04 e SHARING: My resting heart rate is 62 since the running.
            10:05 f RESPONSE>5: I'm 48. Only one under 50, I think.
            10:06 g SHARING: Down to 12 units a night from 20.
            10:07 h RESPONSE>7: I'm on 6, and I got there quicker than thee.
            """);

    assertThat(at(f)).containsExactly(2, 4, 6, 8);
  }

  @Test
  void should_leave_alone_a_superlative_of_no_amount_and_praise_without_an_own_number() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: My HbA1c came back at 52 this time.
            10:01 b RESPONSE>1: 52 is brilliant Ann, you worked so hard for it.
            10:02 c SHARING: I was 60 at my worst. The best thing in this group is the honesty.
            10:03 d SHARING: I'm 58 now. Honestly the kindest lot in the whole town, you are.
            10:04 e RESPONSE>1: Mine was 52 as well last spring, same as you, funny that.
            """);

    assertThat(f).isEmpty();
  }
}
