package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert on short sessions in words the rules had not met,
 * with every rule bound: a medicine named only by the ending of its generic name, a cheer with a
 * member's name in lower case, and coming off one's own tablets.
 */
class AdviceReadingUnmetWordsTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member kemi MEMBER Kemi
      @member paul MEMBER Paul
      @member tom MEMBER Tom
      @member maureen MEMBER Maureen
      @facilitator ann
      19:00 ann OTHER: Welcome everyone. How has your week been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_read_an_alpha_blocker_or_a_bisphosphonate_named_by_its_ending_as_a_medicine() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: Up four times a night to the toilet since the radiotherapy.
            19:02 paul RESPONSE>2: Tom, take one of the tamsulosin at night as well as the\
             morning one, that's what they're for.
            19:03 kemi SHARING: The weekly tablet is such a palaver, all that sitting up.
            19:04 maureen RESPONSE>4: Kemi, just take the alendronic acid with your tea and lie\
             back down.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3, 5);
    assertThat(at(byRule(f, SHARING))).isEmpty();
  }

  @Test
  void should_not_read_go_and_a_member_s_name_in_lower_case_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 maureen SHARING: 1.5lb off this week. Slow but steady.
            19:02 kemi RESPONSE>2: go maureen!! every pound counts x
            19:03 paul RESPONSE>2: maureen, go to the GP and demand a referral this week.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(4);
  }

  @Test
  void should_not_read_coming_off_one_s_own_tablets_as_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: I've come off my tablets over the last year with my team.
            19:02 kemi RESPONSE>2: I'd not want to come off mine, Tom, they keep the nasty voice\
             quiet. But good that it's working for you.
            19:03 paul SHARING: I'm on two tablets a day for the voices and hate the weight gain.
            19:04 maureen RESPONSE>4: Paul, I'd come off your tablets for a week and see.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(5);
  }

  @Test
  void should_read_an_order_after_a_member_s_name_in_a_verb_the_imperatives_do_not_list() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: Work has put me on nights again and my legs are like lead.
            19:02 paul RESPONSE>2: Tom, just resign and go agency, you don't owe them an\
             explanation, walk out Friday.
            19:03 kemi SHARING: My legs were going like the clappers all night.
            19:04 maureen RESPONSE>4: Kemi, if it's bad at night, stretch your calves before bed\
             and stay off the tea after six.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3, 5);
  }

  @Test
  void should_not_read_a_name_and_an_exclamation_or_a_noun_as_an_order() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: Nobody asked for your life story, love.
            19:02 kemi RESPONSE>2: Tom, come on. She's allowed to be pleased about something.
            19:03 paul RESPONSE>2: Kemi, work has been mad for me too, honestly.
            """);

    assertThat(at(byRule(f, SHARING))).isEmpty();
  }

  @Test
  void should_read_a_want_put_to_a_member_as_advice_but_not_a_condition() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: My hands are that bad I can't get the lids off jars any more.
            19:02 kemi RESPONSE>2: You want to get yourself one of them jar openers off the\
             market an' all, Tom, honestly just buy one.
            19:03 paul RESPONSE>2: If you want to come to the café after, Tom, we're all going.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3);
  }

  @Test
  void should_leave_a_want_about_a_medicine_in_the_talk_to_facilitator_not_expert_alone() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: Just started on levothyroxine, 50 a day, and I feel no different.
            19:02 kemi RESPONSE>2: Tom you want to be taking it on an empty stomach with water\
             only, and leave the tea for an hour at least.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
    assertThat(at(byRule(f, SHARING))).isEmpty();
  }
}
