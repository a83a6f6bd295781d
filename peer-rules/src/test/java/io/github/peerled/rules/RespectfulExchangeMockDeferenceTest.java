package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contempt without a swear word: a member cast in mock deference as the expert or the oracle, or
 * told nobody is interested, draws a personal remark; heated disagreement put with respect does
 * not.
 */
class RespectfulExchangeMockDeferenceTest {
  private static final String RULE = "respectful-exchange";
  private static final String MEMBERS =
      """
      @member ann FOUNDING_MEMBER Ann
      @member priya MEMBER Priya
      @member conor MEMBER Conor
      @facilitator ann
      19:00 ann OTHER: Evening all.
      19:01 priya SHARING: Five months seizure-free, so I've read up on the licence rules.
      """;

  private static List<Integer> remarks(String reply) {
    Transcript t = Transcript.parse("s", MEMBERS + "19:02 conor RESPONSE>2: " + reply + "\n");
    return at(
        byRule(
            Fixtures.review(List.of(Fixtures.clause("respect", "We speak with respect.", RULE)), t),
            RULE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Oh here we go, the expert again. Five months and she's writing the rulebook.",
        "Well, if she read it, it must be true. Priya has spoken, everyone.",
        "Of course you were. You always are. Nobody's interested, Priya."
      })
  void should_read_mock_deference_and_indifference_as_a_remark(String reply) {
    assertThat(remarks(reply)).as(reply).containsExactly(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I really disagree with you on this, Priya, but I respect that it's your decision.",
        "I see it completely differently and I'll argue it every time, but I know you had reasons."
      })
  void should_leave_heated_but_respectful_disagreement_alone(String reply) {
    assertThat(remarks(reply)).as(reply).isEmpty();
  }
}
