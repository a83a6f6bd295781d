package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A known myth is met by its words in other forms (a phrase of three words or more in any order
 * within a sentence), and is not flagged when it is only quoted, doubted or debunked by the one who
 * mentions it, nor when its words are spread over sentences.
 */
class PeerReviewReadingTest {
  private static final String RULE = "peer-review";

  private static List<Integer> flagged(String text) {
    Transcript t =
        Transcript.parse(
            "s",
            "@member a MEMBER A\n@member b MEMBER B\n10:00 a SHARING: Hello.\n"
                + "10:01 b RESPONSE>1: "
                + text
                + "\n");
    return at(byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "go full cinnamon mate, it cures type 2 for good, I've not looked back",
        "Honestly the cinnamon capsules totally cured my mum, she's off everything.",
        "My dad's diabetes was cured in a month with cinnamon capsules, no more tablets."
      })
  void should_meet_a_myth_by_its_words_in_other_forms(String text) {
    assertThat(flagged(text)).as(text).containsExactly(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My sister says cinnamon cures it, which is rubbish, but it still gets to me.",
        "I read cinnamon cures diabetes, took it for a year, didn't work for me at all.",
        "My aunt keeps saying \"cinnamon cures diabetes\" at every family dinner.",
        "Cinnamon doesn't cure anything, sadly, I wish it did.",
        "You can eat fruit, my dietitian said so, just count it.",
        "Cinnamon is lovely in porridge but diabetes isn't cured by anything like that.",
        "Diabetes runs in the family. We cured the ham with cinnamon and cloves at Christmas."
      })
  void should_not_flag_a_myth_quoted_doubted_or_negated(String text) {
    assertThat(flagged(text)).as(text).isEmpty();
  }
}
