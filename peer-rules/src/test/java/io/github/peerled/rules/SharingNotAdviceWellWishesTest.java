package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Well-wishes shaped like imperatives ("have a lovely trip", "enjoy it", "take lots of photos") ask
 * nothing of a member's situation: they are kindness, not advice.
 */
class SharingNotAdviceWellWishesTest {
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member bob MEMBER Bob
      @member cy MEMBER Cy
      @facilitator ann
      19:00 ann OTHER: Welcome everyone.
      19:01 bob SHARING: We're off to the lakes next week for my birthday, first break in a year.
      """;

  private static List<Integer> nudged(String reply) {
    Transcript t = Transcript.parse("s", MEMBERS + "19:02 cy RESPONSE>2: " + reply + "\n");
    return at(byRule(Fixtures.review(Fixtures.allRules(), t), "sharing-not-advice"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Have a lovely trip, Bob. Take lots of pictures for us.",
        "Bob, have a great birthday and enjoy every minute of it.",
        "Have fun Bob! Take some photos of the lakes.",
        "Enjoy yourself, Bob, have a safe journey."
      })
  void should_not_read_well_wishes_as_advice(String reply) {
    assertThat(nudged(reply)).isEmpty();
  }

  @Test
  void should_still_nudge_advice_beside_a_wish() {
    assertThat(
            nudged(
                "Bob, stop checking work emails and tell your boss you need the whole week off."))
        .containsExactly(3);
  }

  @Test
  void should_leave_a_medicine_instruction_beside_a_wish_to_facilitator_not_expert() {
    String reply =
        "Have a word with your consultant before you go, Bob, and stop the statins for the week.";
    Transcript t = Transcript.parse("s", MEMBERS + "19:02 cy RESPONSE>2: " + reply + "\n");
    var findings = Fixtures.review(Fixtures.allRules(), t);
    assertThat(at(byRule(findings, "facilitator-not-expert"))).containsExactly(3);
    assertThat(at(byRule(findings, "sharing-not-advice"))).isEmpty();
  }
}
