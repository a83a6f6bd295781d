package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dose instruction often leaves the medicine to the talk it answers ("Halve it tonight" after the
 * asker named her tablets): it is a medical instruction (facilitator-not-expert), never also nudged
 * as advice; one's own habit, reported advice, questions and talk with no medicine in view are
 * neither.
 */
class DoseOrderTranscriptTest {
  private static final String RULE = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member gwen FOUNDING_MEMBER Gwen
      @member nadia NEWCOMER Nadia
      @member oscar MEMBER Oscar
      @member tam MEMBER Tam
      @facilitator gwen
      19:00 gwen OTHER: Evening all, welcome Nadia.
      19:01 nadia REQUEST_FOR_SUPPORT: I'm on methotrexate and the slow-release prednisolone and\
       the nausea the day after is wrecking my weekends.
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The slow one? Halve it tonight, you'll feel the difference by Sunday.",
        "mate just double it, that's what it's for",
        "Nadia the folate makes a big difference. Take two before bed instead of one, trust me.",
        "Nadia just skip the evening one on Saturdays and see how you go.",
        "If the sickness gets worse again just halve it for a week.",
        "nadia honestly up it to 4 if 2 aint working",
        "When I flare I slip in an extra prednisolone at night. Try that with the evening one."
      })
  void should_read_a_dose_instruction_without_the_medicine_named_as_a_medical_instruction(
      String reply) {
    List<Finding> f = review("19:02 oscar RESPONSE>2: " + reply + "\n");

    assertThat(at(byRule(f, RULE))).as(reply).containsExactly(3);
    assertThat(byRule(f, "sharing-not-advice")).as(reply).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I just double it on bad weeks and it works for me.",
        "My GP told me to double it in the winter.",
        "Should I halve it, do you think?",
        "If I halved mine I'd feel worse, I think.",
        "I had to halve it once and the nausea went.",
        "Take your time, Nadia, it's a lot to take in.",
        "I had a rough week with the prednisolone too. Try that new cafe by the park, Nadia."
      })
  void should_leave_habits_reported_advice_and_questions_about_the_dose_alone(String reply) {
    List<Finding> f = review("19:02 oscar RESPONSE>2: " + reply + "\n");

    assertThat(byRule(f, RULE)).as(reply).isEmpty();
  }

  @Test
  void should_not_read_a_dose_verb_as_an_instruction_when_no_medicine_is_in_view() {
    List<Finding> f =
        review(
            """
            19:02 tam SHARING: I walk twice a week at the moment, round the park.
            19:03 oscar RESPONSE>3: Tam just double it, you'll sleep better.
            """);

    assertThat(byRule(f, RULE)).isEmpty();
  }

  @Test
  void should_carry_the_medicine_from_the_last_words_of_the_member_addressed() {
    // given: Nadia named her tablets; the instruction answers someone else but names her
    List<Finding> f =
        review(
            """
            19:02 tam SHARING: Knees were bad in the cold snap, I did my exercises most days.
            19:03 oscar RESPONSE>3: Good for you Tam. Nadia, to be honest I'd halve it on the\
             weekend.
            """);

    // then
    assertThat(at(byRule(f, RULE))).containsExactly(4);
  }

  @Test
  void should_carry_the_medicine_from_an_earlier_sentence_of_the_same_contribution() {
    List<Finding> f =
        review(
            """
            19:02 tam SHARING: Knees were bad in the cold snap, I did my exercises most days.
            19:03 oscar RESPONSE>3: Tam, those anti-inflammatories you were on. Skip them on\
             days you feel fine.
            """);

    assertThat(at(byRule(f, RULE))).containsExactly(4);
    assertThat(byRule(f, "sharing-not-advice")).isEmpty();
  }
}
