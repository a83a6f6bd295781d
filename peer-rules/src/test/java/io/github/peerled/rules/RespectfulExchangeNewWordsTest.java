package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Remarks in word families the first sets did not hold: a threat to report a member or have them
 * removed, mockery of how a member spells or speaks, a member's illness denied, mock awards and
 * belittled effort, a member's posting treated as a show to be sick of, and condescension about
 * reading; beside friendly teasing, anger at a system and respectful disagreement left alone.
 */
class RespectfulExchangeNewWordsTest {
  private static List<Finding> review(String lines) {
    return Fixtures.respectFindings(lines);
  }

  @Test
  void should_flag_a_threat_to_report_a_member_or_have_them_removed() {
    List<Finding> f =
        review(
            """
            10:00 n SHARING: I only got my diagnosis last month, still learning.
            10:01 b RESPONSE>1: Carry on like this and I'll report you to the moderators.
            10:02 a SHARING: The hospital lost my scan results again.
            10:03 c RESPONSE>2: Good, get her kicked out of the group.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_flag_mockery_of_how_a_member_spells_or_speaks() {
    List<Finding> f =
        review(
            """
            10:00 n SHARING: My sugar is to high after the rice, I dont no why.
            10:01 b RESPONSE>1: Learn to spell first, then we can talk about sugar.
            10:02 c RESPONSE>2: Ha, and I can't make out what she's saying on the calls.
            """);

    assertThat(at(f)).containsExactly(2, 3);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_flag_a_member_told_they_are_not_really_ill() {
    List<Finding> f =
        review(
            """
            10:00 n SHARING: Diagnosed in spring, mostly tiredness so far.
            10:01 b RESPONSE>1: Honestly you don't actually have it if that's all.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_mock_awards_for_belittled_effort() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I walked to the end of the road and back today.
            10:01 b RESPONSE>1: One whole road. Someone get her a sticker.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_flag_members_fed_up_with_another_member_posting() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: The appeal was turned down again, sorry to go on about it.
            10:01 b RESPONSE>1: Here she goes again. Every single week the same story.
            10:02 c RESPONSE>2: Not being funny but we're all sick of it.
            """);

    assertThat(at(f)).containsExactly(2, 3);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_flag_condescension_about_reading_in_a_heated_exchange() {
    List<Finding> f =
        review(
            """
            10:00 n QUESTION: Is a shared toaster ok? Sorry if that's daft.
            10:01 b RESPONSE>1: Learn to read the pinned post.
            10:02 n RESPONSE>2: Sorry, I'm new.
            10:03 b RESPONSE>3: Obviously. Did nobody teach you to use a search box?
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_read_a_member_named_with_s_as_spoken_of_in_an_exchange() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I sent my CV off at last.
            10:01 b RESPONSE>1: You're pathetic.
            10:02 c RESPONSE>1: Well done Ann.
            10:03 b SHARING: Funny how Ann's bad weeks always turn up when there's a job going.
            """);

    assertThat(at(f)).containsExactly(2, 4);
    assertThat(f.get(1).message()).startsWith("Ben made a personal remark to Ann");
  }

  @Test
  void should_flag_a_member_cast_as_self_appointed_and_a_retort_that_sums_them_up() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: Please check any pump settings with your own clinic first.
            10:01 b RESPONSE>1: Oh here she goes. The self-appointed pump police.
            10:02 c SHARING: The clinic never answers the phone anyway.
            10:03 a RESPONSE>2: Says the guy still running settings off a forum post.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_leave_friendly_teasing_system_anger_and_disagreement_alone() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: The job centre sent me on a confidence course. Muppets, the lot of them.
            10:01 b RESPONSE>1: Ha, same course. And you still make a terrible brew, Ann 😂
            10:02 a RESPONSE>2: Cheek 😂
            10:03 c SHARING: I'd disagree a bit about low-carb, it made me miserable, but fair enough if it suits you.
            10:04 n SHARING: My spelling is awful, sorry, I'm dyslexic.
            10:05 b RESPONSE>5: Your spelling is fine Nia, we all understand you.
            10:06 a SHARING: I reported the pharmacy to the council after they lost my prescription.
            """);

    assertThat(f).isEmpty();
  }
}
