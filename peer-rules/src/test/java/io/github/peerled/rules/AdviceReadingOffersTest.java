package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert on whole sessions, with every rule bound: offers
 * and requests between members, pointing a member to someone who knows, and cheers are not advice;
 * a dose instruction is marked once, by the rule for medicines; true advice in the same shapes is
 * still nudged.
 */
class AdviceReadingOffersTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @member grace MEMBER Grace
      @member tariq MEMBER Tariq
      @member vee MEMBER Vee
      @facilitator ann
      19:00 ann OTHER: Welcome everyone. How has your month been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_not_read_an_offer_to_go_along_or_a_request_for_oneself_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: I had a panic in the supermarket today and I'm still shaking.
            19:02 bob RESPONSE>2: Go get some air after this Grace, I'll come with you.
            19:03 cy RESPONSE>2: Oh Grace. Go and sit in the garden for a bit, I'll bring the\
             tea out to you.
            19:04 tariq RESPONSE>2: Grace, please send me that breathing sheet. I can print it\
             for the others.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_not_read_pointing_a_member_to_someone_who_knows_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 grace QUESTION: Does anyone know if the sick pay goes up after the first month?
            19:02 bob RESPONSE>2: Ask Linda in payroll, she'll know.
            19:03 vee RESPONSE>2: Ask the union, they have a lawyer free for this.
            19:04 tariq RESPONSE>2: Mine went up after six weeks, but ask your urologist for\
             your own, they do it different for everybody.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_still_nudge_an_order_to_ask_with_an_urging_clause() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: My eyes have gone gritty again since the new tablets.
            19:02 bob RESPONSE>2: Grace, ask them for the eye clinic referral straight away,\
             don't let them fob you off.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3);
  }

  @Test
  void should_not_read_cheering_a_child_on_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: Arjun took six steps on his own at physio today!
            19:02 bob RESPONSE>2: Six steps! Go Arjun 🎉
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_mark_a_dose_written_as_one_word_as_a_medical_instruction_not_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: I'm on the Diamox but the headaches haven't stopped at all.
            19:02 bob RESPONSE>2: Grace you're on too little, that's why it's not working. Go\
             up to 1000mg twice a day, that's what I'm on.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_leave_a_taunt_after_a_number_set_against_the_members_to_no_comparing() {
    List<Finding> f =
        review(
            """
            19:01 tariq SHARING: Still in an 18 in the leggings after the first op.
            19:02 vee RESPONSE>2: An 18? I went down to a 14 after my first one. You must not be\
             wearing your compression properly 🤷‍♀️
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_not_mark_an_advisors_offer_a_condition_or_a_statement_as_an_instruction() {
    List<Finding> f =
        Fixtures.reviewAll(
            """
            @member ann FOUNDING_MEMBER Ann
            @member jan ADVISOR Jan
            @member shaz MEMBER Shaz
            @member indra MEMBER Indra
            @facilitator ann
            19:00 ann OTHER: Welcome everyone, and welcome Jan from the advice centre.
            """,
            """
            19:01 jan OTHER: Hello all, lovely to be back. Fire away, and I'll try to keep it\
             general unless you want to talk to me after.
            19:02 shaz QUESTION: Can they take the car for the catalogue debt?
            19:03 jan RESPONSE>3: It depends on the debt and the value, Shaz. Bring the letters in\
             on Thursday and we'll go through them together.
            19:04 indra QUESTION: What does the HbA1c number actually mean?
            19:05 jan RESPONSE>5: It's like an average of your sugar over about three months,\
             Indra. Lower is better up to a point, and your doctor will tell you your own target.
            19:06 jan RESPONSE>5: Indra, book the foot clinic with me, please.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_booking_a_jab_in_a_facilitators_closing_as_a_medical_instruction() {
    List<Finding> f =
        review(
            """
            19:01 ann OTHER: Thank you all. Next month same day. Take care in the cold, and book\
             the flu jab!
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_a_perception_that_keeps_coming_back_as_an_order() {
    List<Finding> f =
        review(
            """
            19:01 ann QUESTION: Bob, how have the nights been since the accident?
            19:02 bob RESPONSE>2: Not sleeping great. Keep hearing it.
            19:03 cy RESPONSE>3: Bob, keep seeing your counsellor every week, don't drop it.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(4);
  }

  @Test
  void
      should_read_asking_for_a_care_team_named_before_as_a_signpost_and_ask_anything_as_an_offer() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: Our baby was diagnosed with EB last week and I'm terrified.
            19:02 bob RESPONSE>2: Grace, the EB nurses are amazing, ask for them by name. You're\
             not alone.
            19:03 cy RESPONSE>2: Grace, my daughter was diagnosed at two weeks too. It's a lot.\
             Ask anything.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_leave_encouragement_offers_and_asking_to_learn_in_new_voices_alone() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: Sorry for going on, I know you've all got it worse. I feel a\
             wee bit mad.
            19:02 bob RESPONSE>2: Catch yourself on, you're not mad at all, you're doing\
             brilliant so you are.
            19:03 cy RESPONSE>2: Don't you dare apologise, Grace. Be gentle with yourself this\
             week, yeah?
            19:04 tariq RESPONSE>2: Kia kaha, Grace. Want me to come round Saturday? Happy to.
            19:05 vee QUESTION>2: Have you been talking to the school nurse at all? Only asking\
             cos ours was brilliant.
            19:06 bob RESPONSE>2: Grace, text me if you want, I can drop some soup on Thursday.
            19:07 cy RESPONSE>2: The stoma nurses told me to wear the belt on the bike for the\
             first year, so I still do.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_a_tip_backed_at_once_by_what_it_did_for_the_speaker_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 grace SHARING: I've got my first lumbar puncture on Monday and I'm dreading it.
            19:02 bob RESPONSE>2: Grace I've had nine and walked out of every one. Ask them for a\
             numbing spray, made a difference for me.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_still_mark_an_advisors_medicine_instruction_that_ends_in_an_offer() {
    List<Finding> f =
        Fixtures.reviewAll(
            """
            @member ann FOUNDING_MEMBER Ann
            @member sian ADVISOR Sian
            @member bryn MEMBER Bryn
            @facilitator ann
            19:00 ann OTHER: Welcome everyone, and welcome Sian from the urology team.
            """,
            """
            19:01 bryn SHARING: I'm up five times a night. Thinking of doubling the tamsulosin.
            19:02 sian RESPONSE>2: Please don't double the tamsulosin without speaking to us\
             first, Bryn. Ring the nurse line on Monday and we'll look at it properly.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
  }
}
