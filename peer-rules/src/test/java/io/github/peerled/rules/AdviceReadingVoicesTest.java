package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert on whole sessions in voices new to the rules, with
 * every rule bound: what only looks like advice (a noun phrase opening a statement, a farewell, a
 * member pointed to the nurse, a facilitator handing dose questions to the invited advisor, a
 * phrase of stopping aimed at a phone) draws no finding or the right one.
 */
class AdviceReadingVoicesTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @member sal MEMBER Sal
      @member tracey ADVISOR Tracey
      @facilitator ann
      19:00 ann OTHER: Evening all. How has the week been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_not_read_a_word_opening_a_statement_as_an_imperative() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: next week I'm going to try the hairdresser. phone booking though
            19:02 bob RESPONSE>2: phone booking is the final boss tbh
            19:03 cy RESPONSE>2: Sal, phone them tomorrow and just get it done.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(4);
  }

  @Test
  void should_not_read_a_farewell_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: The fatigue has been terrible, I slept till eleven on Saturday.
            19:02 sal RESPONSE>1: No stress. Thanks all, go well.
            19:03 bob RESPONSE>2: Sleep well everyone.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_read_pointing_a_member_to_the_nurse_as_a_signpost() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: I've cut my insulin by half since Sunday and started the juice.
            19:02 bob RESPONSE>2: Sal, half is a lot. Please tell the nurse.
            19:03 cy RESPONSE>2: Sal please, I did that before and my sugar went up to the sky.\
             Talk to the nurse first.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_a_facilitator_handing_dose_questions_to_the_advisor_as_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: My hands have been shocking this week, couldn't open a jar.
            19:02 bob RESPONSE>2: Sal, if your hands are that bad, take two extra of your\
             naproxen before bed, that's what I do.
            19:03 ann OTHER: Can I just say, keep the dose stuff for Tracey and your own team, we\
             all react different.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
  }

  @Test
  void should_leave_getting_off_a_phone_to_sharing_not_advice_but_not_a_change_of_medicine() {
    List<Finding> f =
        review(
            """
            19:01 sal REQUEST_FOR_SUPPORT: Baby's six weeks and I feel flat all the time.
            19:02 bob RESPONSE>2: Also bro, get off your phone at night. No scrolling in bed.\
             Trust me.
            19:03 cy SHARING: I've been on sertraline for a year and I feel numb.
            19:04 bob RESPONSE>4: Cy, get off your sertraline and see how you feel.
            19:05 sal SHARING: had my first seizure at school in January. still mortified
            19:06 cy RESPONSE>6: Sal you should double your Keppra on exam days, that's what I\
             do.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3);
    assertThat(at(byRule(f, EXPERT))).containsExactly(5, 7);
  }

  @Test
  void should_not_mark_an_advisor_pointing_to_a_member_s_own_team_unless_about_a_medicine() {
    List<Finding> f =
        review(
            """
            19:01 sal QUESTION: Can I take my metformin while fasting for Ramadan?
            19:02 tracey RESPONSE>2: Sal, good question to take to your GP, because it depends\
             what else you take. Please check with your own team before fasting.
            19:03 bob SHARING: I've been upping my Lantus on gym days.
            19:04 tracey RESPONSE>4: Bob, please bring your readings to your clinic so your own\
             team can set them with you.
            19:05 cy SHARING: The water tablets are ruining my Sundays, I skip them for chapel.
            19:06 tracey RESPONSE>6: Cy, please never just stop the furosemide. Ring me on\
             Monday and we'll look at moving the time of the dose.
            19:07 tracey RESPONSE>4: And the morning dose is right, Bob's not wrong there, but\
             check with your own team.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(7, 8);
    assertThat(byRule(f, SHARING)).isEmpty();
  }
}
