package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number contests told with numbers said as words ("Half a mile?? I did two and a half", "Two and a
 * half is nowt", "5 a night? I was off them by week two"), the author or their own ranked in a
 * whole place ("the lightest in the whole clinic", "champion of this forum") and a challenge put as
 * a question ("who has fewer than me?"); and the same words in sharing, solidarity and plain
 * questions, left alone.
 */
class NoComparingSpokenNumbersTest {
  @Test
  void should_flag_an_echo_answered_with_a_number_said_as_a_word() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Made it to the end of the road and back today. A quarter of a mile, no stick.
            10:01 b RESPONSE>1: A quarter mile?? I did three round the lake this morning.
            10:02 c SHARING: Still on the zopiclone, 5 a night, can't shift it.
            10:03 d RESPONSE>3: 5 a night? I was off them completely by week two.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_a_number_said_as_words_belittled() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Did two and a half miles on the canal path yesterday, slowly.
            10:01 b RESPONSE>1: Two and a half is nowt. I've been doing six most days.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_a_rank_in_a_whole_place_and_a_challenge_question() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Sol's weight at the clinic was 41 kilos, holding steady.
            10:01 b RESPONSE>1: We're very strict at home. Ruby's the lightest in the whole clinic, I'm told.
            10:02 c SHARING: Only 4 flares this year for me, a good year.
            10:03 d RESPONSE>3: I had 2 this year. Who has fewer than me? I'm the champion of this forum 😎
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_leave_numbers_said_as_words_in_sharing_and_solidarity_alone() {
    List<Finding> f =
        Fixtures.comparingFindings(
            """
            10:00 a SHARING: Managed two and a half miles on the canal path yesterday.
            10:01 b RESPONSE>1: Two and a half? That's brilliant. I remember my first mile, I cried.
            10:02 c SHARING: Still on 5 a night.
            10:03 d RESPONSE>3: 5 a night? Is that the usual dose? I was never told how many I could take.
            10:04 e SHARING: Who else has had more than two flares this winter? I'm on my third.
            10:05 f RESPONSE>5: Me, three since November. The whole clinic is full of us this month.
            """);

    assertThat(f).isEmpty();
  }
}
