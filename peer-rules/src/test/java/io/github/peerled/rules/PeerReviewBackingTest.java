package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A member who backs a claim another member reported ("your nan's right though", "she might have a
 * point") or takes it up ("send me the link", "I'd love to try it") is flagged too, though the myth
 * was flagged already; a reply that only answers the one who reported it is not, nor a mention told
 * with caution ("I'd be wary").
 */
class PeerReviewBackingTest {
  private static final String RULE = "peer-review";

  private static List<Finding> flagged(String reply) {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER Ann\n@member b MEMBER Ben\n@member c MEMBER Cy\n"
                + "10:00 a SHARING: My nan keeps telling me cinnamon cures diabetes. I just nod.\n"
                + "10:01 c RESPONSE>1: Nans, eh.\n"
                + "10:02 b RESPONSE>1: "
                + reply
                + "\n");
    return byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your nan's right though Ann, my uncle swears by it and he's off his tablets.",
        "Honestly Ann, maybe she's right? My friend did it and she's fine now.",
        "She's not wrong. It worked for my cousin.",
        "Your nan might have a point, it did wonders for my dad.",
        "Your nan might be onto something there Ann.",
        "Ooh send me the link Ann, I'd love to try it.",
        "Gonna order some capsules tonight, thanks Ann!",
        "I'd love to ditch my tablets if that's true."
      })
  void should_flag_the_member_who_backs_a_reported_claim(String reply) {
    List<Finding> f = flagged(reply);

    assertThat(at(f)).as(reply).containsExactly(1, 3);
    assertThat(f.get(1).message()).startsWith("Ben backed a claim");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "That's not right, Ann, sadly. My nurse was clear about it.",
        "You're right to ask your nurse about it Ann.",
        "She's wrong, which is rubbish for you. My nurse said no.",
        "I don't think she has a point there, Ann.",
        "Right, I'd ask at your next review.",
        "I'll try to talk to my nan about it too, Ann.",
        "I won't try that, my nurse said no."
      })
  void should_not_flag_a_reply_that_only_answers_the_one_who_reported_it(String reply) {
    assertThat(at(flagged(reply))).as(reply).containsExactly(1);
  }

  @Test
  void should_not_flag_backing_of_a_claim_mentioned_long_before() {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER Ann\n@member b MEMBER Ben\n"
                + "10:00 a SHARING: My nan keeps telling me cinnamon cures diabetes.\n"
                + "10:01 a SHARING: Anyway.\n".repeat(9)
                + "10:20 b RESPONSE>1: Your nan's right though.\n");

    assertThat(at(byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE)))
        .containsExactly(1);
  }

  @Test
  void should_not_flag_a_mention_told_with_caution() {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER Ann\n@member b MEMBER Ben\n"
                + "10:00 a SHARING: Cinnamon cures diabetes, my neighbour says. I'd be a bit wary,"
                + " my nurse said it can upset the tablets.\n");

    assertThat(byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE)).isEmpty();
  }
}
