package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mock sympathy and a member's pain cast as an act: "bless your heart" beside "some of us have real
 * jobs", "funny how" beside "convenient timing", and in the exchange that follows "Oscar-worthy
 * performance" and "some of us are actually ill"; beside sincere sympathy, a husband blessed in
 * venting, and a member's own hard week, left alone.
 */
class RespectfulExchangeMockSympathyTest {
  private static List<Finding> review(String lines) {
    return Fixtures.respectFindings(lines);
  }

  @Test
  void should_flag_mock_sympathy_beside_a_member_set_below_some_of_us() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I didn't leave the flat Tuesday or Wednesday. Came today though.
            10:01 b RESPONSE>1: Oh bless your heart Ann, two whole days on the sofa. Some of us \
            have real jobs and still manage to walk.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_motives_questioned_and_pain_cast_as_an_act_in_the_exchange() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I've applied for PIP because I can't work through the attacks.
            10:01 b RESPONSE>1: Funny how the pain gets worse when there's money on offer. \
            Convenient timing, Ann.
            10:02 c RESPONSE>2: Yeah, she seemed fine last month. Oscar-worthy performance, Ann.
            10:03 b RESPONSE>3: Exactly Cy. Some of us are actually ill.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(f.get(2).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_leave_alone_sincere_sympathy_and_venting_about_someone_outside() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: Rough week, I passed out at work from the pain.
            10:01 b RESPONSE>1: Oh Ann, that sounds awful. Some of us have been there too.
            10:02 c SHARING: My husband thinks a hot water bottle fixes everything, bless his heart.
            10:03 a SHARING: Two days on the sofa for me this week, how exhausting it all is.
            """);

    assertThat(f).isEmpty();
  }
}
