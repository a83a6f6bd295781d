package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dose and medicine instructions put indirectly, politely or in chat spelling are medical
 * instructions (facilitator-not-expert), never also nudged as advice; one's own regimen, a regimen
 * reported from one's clinician and an exploring question are neither.
 */
class MedicalAdviceTranscriptTest {
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member finn MEMBER Finn
      @member zak MEMBER Zak
      @facilitator ann
      19:00 ann OTHER: Evening all.
      19:01 finn REQUEST_FOR_SUPPORT: I keep going low at night after football. No idea what to do.
      """;

  private static List<Finding> review(String reply) {
    Transcript t = Transcript.parse("s", MEMBERS + "19:02 zak RESPONSE>2: " + reply + "\n");
    return Fixtures.review(Fixtures.allRules(), t);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "id drop the lantus by 2 on football days tbh, thats what fixed it",
        "I'd up the lantus by 2 if I were in your boots.",
        "Most people halve their bolus at tea on match days.",
        "finn u wanna be taking ur basal in the morning instead",
        "Finn, most of us in your position would halve the basal on match days.",
        "Finn stop the lantus the night before a match.",
        "and skip the evening insulin after football, it's pointless"
      })
  void should_read_an_indirect_dose_instruction_as_a_medical_instruction(String reply) {
    List<Finding> f = review(reply);

    assertThat(at(byRule(f, "facilitator-not-expert"))).as(reply).containsExactly(3);
    assertThat(byRule(f, "sharing-not-advice")).as(reply).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i do 14 lantus in the morning not nite cos of this exact thing",
        "my dsn told me to knock 1 unit off my basal at nite on sport days",
        "What about a CGM alarm? Would that help with the lows at night?",
        "Most people on insulin get the odd night low, you're not doing anything wrong.",
        "I'd talk to your team about the lows, they change plans for football all the time."
      })
  void should_leave_own_regimens_reported_advice_and_questions_alone(String reply) {
    assertThat(byRule(review(reply), "facilitator-not-expert")).as(reply).isEmpty();
  }
}
