package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dose told by its count and schedule ("take three with every meal", "1200 in the morning") is a
 * medical instruction even when the word lists know no medicine in the talk (a brand name, an
 * enzyme, a supplement): facilitator-not-expert marks it, and sharing-not-advice leaves it, one
 * finding a contribution. A count of time or exercise, one's own regimen, reported advice and
 * questions are not instructions.
 */
class DoseScheduleTranscriptTest {
  private static final String MEMBERS =
      """
      @member gwen FOUNDING_MEMBER Gwen
      @member claire MEMBER Claire
      @member sanjay MEMBER Sanjay
      @facilitator gwen
      19:00 gwen OTHER: Evening all, who'd like to start?
      19:01 claire SHARING: Still getting the greasy stools and losing weight. I'm on one Creon\
       with meals and one with snacks.
      """;

  private static List<Finding> review(String reply) {
    return Fixtures.reviewAll(MEMBERS, "19:02 sanjay RESPONSE>2: " + reply + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Claire, you need way more than that. Take three Creon with every meal and two with"
            + " snacks from tonight, that's what I do.",
        "Claire, take 1200 in the morning and 1200 at night, start today, that's what worked for"
            + " me.",
        "Claire, give him double the Creon for two weeks, then it comes right quick.",
        "Claire pls take d creon 2x a day not once, split am, u go feel better"
      })
  void should_read_a_dose_told_by_its_schedule_as_a_medical_instruction(String reply) {
    List<Finding> f = review(reply);

    assertThat(at(byRule(f, "facilitator-not-expert"))).as(reply).containsExactly(3);
    assertThat(byRule(f, "sharing-not-advice")).as(reply).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Claire, take two days off a week, honestly, you've earned it.",
        "Claire, take 10 minutes every morning just for you.",
        "I take three Creon with every meal and two with snacks, Claire.",
        "My consultant told me to take three with every meal, Claire.",
        "Claire, should you take two with every meal, do you think?",
        "Claire, take my two with every meal, I've got spare."
      })
  void should_leave_time_own_regimens_reported_advice_and_questions_alone(String reply) {
    List<Finding> f = review(reply);

    assertThat(byRule(f, "facilitator-not-expert")).as(reply).isEmpty();
  }
}
