package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pointing a member to their own care team by a pronoun for a team just named ("Ask yours" after
 * "My surgeon told me") is signposting, not advice; telling them what to do beside a care team
 * still is.
 */
class CareTeamPronounTest {
  private static final String RULE = "sharing-not-advice";
  private static final String MEMBERS =
      """
      @member tendai FOUNDING_MEMBER Tendai
      @member chipo MEMBER Chipo
      @member rufaro MEMBER Rufaro
      @facilitator tendai
      17:00 tendai OTHER: Welcome back everyone.
      17:01 chipo QUESTION: Did anyone go back to lifting at work? I am a nurse, the patients are\
       heavy. What did the doctor say to you?
      """;

  private static List<Finding> review(String reply) {
    return Fixtures.reviewAll(MEMBERS, "17:02 rufaro RESPONSE>2: " + reply + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My surgeon told me no more than 10 kg for me, Chipo. I moved to the clinic desk. Ask"
            + " yours, each one is different.",
        "Chipo, the consultant put me on lighter duties for six months. Ask yours first."
      })
  void should_leave_a_pronoun_for_the_members_own_care_team_alone(String reply) {
    assertThat(byRule(review(reply), RULE)).as(reply).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Chipo, you need to hand your notice in and find a desk job. Your back matters more than"
            + " the ward.",
        "My surgeon said the same. Chipo, ask for a desk job, stop lifting them patients from"
            + " tomorrow."
      })
  void should_still_nudge_advice_beside_a_care_team(String reply) {
    assertThat(at(byRule(review(reply), RULE))).as(reply).containsExactly(3);
  }
}
