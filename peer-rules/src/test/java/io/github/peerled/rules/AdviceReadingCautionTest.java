package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sharing not advice and facilitator not expert on short sessions, with every rule bound: urging
 * caution is not an instruction, and a cheer for someone's child is not advice.
 */
class AdviceReadingCautionTest {
  private static final String SHARING = "sharing-not-advice";
  private static final String EXPERT = "facilitator-not-expert";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bev ADVISOR Bev (specialist nurse)
      @member kemi MEMBER Kemi
      @member paul MEMBER Paul
      @member tom MEMBER Tom
      @member aisha MEMBER Aisha
      @facilitator ann
      19:00 ann OTHER: Welcome everyone. How has your week been?
      """;

  private static List<Finding> review(String lines) {
    return Fixtures.reviewAll(MEMBERS, lines);
  }

  @Test
  void should_not_read_urging_caution_with_a_dose_as_an_instruction() {
    List<Finding> f =
        review(
            """
            19:01 kemi SHARING: I take 10 or 15 of the melatonin gummies and sleep like a baby.
            19:02 paul RESPONSE>2: Kemi, I'd go careful with 15. My pharmacist said to stick to\
             what's on the box.
            19:03 tom RESPONSE>2: Kemi, I'd go up to 20 if 15 stops working.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(4);
  }

  @Test
  void should_not_mark_an_advisor_urging_caution_about_a_claim() {
    List<Finding> f =
        review(
            """
            19:01 paul SHARING: My uncle takes cinnamon instead of his evening insulin.
            19:02 bev RESPONSE>2: I'd be careful with that one, Paul, the evidence doesn't\
             support it, and stopping insulin in type 1 is dangerous.
            19:03 bev RESPONSE>2: Paul, keep taking your insulin every evening.
            """);

    assertThat(at(byRule(f, EXPERT))).containsExactly(4);
  }

  @Test
  void should_not_read_cheering_a_member_s_child_on_as_advice() {
    List<Finding> f =
        review(
            """
            19:01 tom SHARING: Evie is 1.4kg today! Off the CPAP and onto high flow.
            19:02 aisha RESPONSE>2: Go Evie!! High flow is such a big step.
            19:03 paul RESPONSE>2: Tom, go to the ward manager and demand a transfer today.
            """);

    assertThat(at(byRule(f, SHARING))).containsExactly(4);
  }
}
