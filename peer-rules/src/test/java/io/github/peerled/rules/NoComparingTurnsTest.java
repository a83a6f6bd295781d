package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member who one-ups member after member draws a finding each time, and who is behind the rest or
 * at the foot of the table is a contest ("behind the rest of us", "bottom of the class"); own
 * progress put behind oneself is not.
 */
class NoComparingTurnsTest {
  @Test
  void should_flag_each_one_up_when_a_member_turns_on_the_next_member() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: I got to 95 degrees bend at physio on Monday.
            10:01 b RESPONSE>1: 95? I was at 120 by week four. Beat that.
            10:02 c SHARING: I walked half a mile along the prom with one stick.
            10:03 b RESPONSE>3: Half a mile, bless. I did three miles on Sunday. Beat that.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_who_is_behind_the_rest_and_the_foot_of_the_table() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: 2lb off this week, 1st 1lb total now.
            10:01 b RESPONSE>1: cute. that's you 2 stone behind the rest of us then
            10:02 c SHARING: 150 over 95 at the chemist this week.
            10:03 a RESPONSE>3: And there's Cy bottom of the class again. Mine's 118 over 76.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_leave_progress_put_behind_oneself_alone() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: 200 days sober today. I've put the worst of it behind me.
            10:01 b RESPONSE>1: Brilliant Ann. I'm on 40 days, the shakes are behind me now.
            10:02 c SHARING: My weight's down 3 kg and the bad weeks feel well behind me.
            """);

    assertThat(f).isEmpty();
  }
}
