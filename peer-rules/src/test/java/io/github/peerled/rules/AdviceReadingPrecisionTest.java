package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert on whole sessions, with every rule bound: one
 * finding for a contribution, by the rule that fits it, and none for what only looks like advice (a
 * jibe, a cheer, pointing a member to a clinician about their own condition, stopping an activity,
 * carrying a leaflet to an appointment).
 */
class AdviceReadingPrecisionTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @member sal MEMBER Sal
      @member tariq MEMBER Tariq
      @member vee MEMBER Vee
      @facilitator ann
      19:00 ann OTHER: Welcome everyone. How has your month been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_leave_a_jibe_dressed_as_an_instruction_to_respectful_exchange() {
    List<Finding> f =
        review(
            """
            19:01 bob SHARING: I've mentored thirty families through the build this year.
            19:02 vee RESPONSE>2: lmao at least i'm not a walking merch stand. go back to your\
             little fandom, pick-me
            19:03 cy RESPONSE>2: Bob, maybe try helping instead of being the forum's resident\
             know-it-all
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_not_read_a_cheer_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 tariq SHARING: Got the warehouse job. Start Monday.
            19:02 bob RESPONSE>2: get in Tariq 👊
            19:03 cy RESPONSE>2: go on Tariq!
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_nudge_telling_a_member_what_to_tell_others_but_not_upholding_the_agreement() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: They've put me on the afternoon shift again and I'm exhausted.
            19:02 bob RESPONSE>2: Sal, tell them you want mornings and just refuse to come in\
             the afternoon, you'll feel better.
            19:03 cy RESPONSE>3: Bob, please don't tell her to change her shifts, it's her call.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3);
  }

  @Test
  void should_read_pointing_a_member_to_a_clinician_about_their_own_condition_as_a_signpost() {
    List<Finding> f =
        review(
            """
            19:01 sal QUESTION: I'm having a hernia operation next month. Are there medicines I\
             should warn them about with MG?
            19:02 bob RESPONSE>2: Welcome Sal. Yes, definitely tell the anaesthetist about your\
             MG before the day. They kept me in an extra night to be safe.
            """);

    assertThat(byRule(f, SHARING)).isEmpty();
    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_leave_advice_with_a_medicine_in_another_clause_to_sharing_not_advice() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: The pacing course taught me more than any pill did.
            19:02 bob RESPONSE>2: Sal you should try the TENS machine, you'd be off the tablets\
             in a month.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(3);
    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_not_read_stopping_an_activity_or_carrying_a_leaflet_as_a_dose() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: My tablets make me tired and they've put me on the afternoon\
             shift again.
            19:02 bob RESPONSE>2: and Sal, you want to stop letting them put you on the\
             afternoon shift.
            19:03 ann RESPONSE>2: Sal, there's a pinned post on medicines to flag, you could\
             print it and take it to your next appointment.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_read_a_directive_to_take_a_medicine_the_talk_named_as_a_medical_instruction() {
    List<Finding> f =
        review(
            """
            19:01 sal REQUEST_FOR_SUPPORT: I started levothyroxine six weeks ago and I still\
             feel like I'm walking through treacle. Is that normal?
            19:02 bob RESPONSE>2: Sal you need to take it at night instead, it's loads better\
             that way.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(3);
    assertThat(byRule(f, SHARING)).isEmpty();
  }

  @Test
  void should_not_read_idioms_stories_or_stopping_an_activity_as_medical_instructions() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: Pain was a 9 all week. Nothing touches it, not even the tramadol.
            19:02 bob RESPONSE>2: a 9? come off it, if you were at a 9 you wouldn't be typing.
            19:03 cy RESPONSE>2: tbh bob ur tramadol advice is why half the newbies feel rough.\
             maybe stop giving it
            19:04 tariq SHARING: Mine was my mate on the A road. His helmet had come off and I\
             still see it.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
  }

  @Test
  void should_leave_pushing_for_a_treatment_to_sharing_not_advice() {
    List<Finding> f =
        review(
            """
            19:01 sal SHARING: The methotrexate made my hair fall out and I'm fed up.
            19:02 bob RESPONSE>2: Biologics are the only thing that worked for me, push for one\
             straight away.
            """);

    assertThat(byRule(f, EXPERT)).isEmpty();
    assertThat(at(byRule(f, SHARING))).containsExactly(3);
  }
}
