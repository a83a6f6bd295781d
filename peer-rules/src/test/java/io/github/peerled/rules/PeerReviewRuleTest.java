package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerReviewRuleTest {
  private static final String RULE = "peer-review";

  @Test
  void should_ask_the_group_to_check_a_known_myth_with_its_resource() {
    Transcript diabetes = Transcript.load("diabetes-evening");

    List<Finding> f = byRule(Fixtures.review(Fixtures.allRules(), diabetes), RULE);

    assertThat(at(f)).containsExactly(13);
    assertThat(f.get(0).action()).isEqualTo(SuggestedAction.ASK_GROUP_TO_CHECK_CLAIM);
    assertThat(f.get(0).message()).contains("cinnamon cures diabetes", "What have others found?");
    assertThat(f.get(0).signposts())
        .extracting(Signpost::label)
        .containsExactly("the charity's page on food myths");
    assertThat(f.get(0).spans())
        .extracting(s -> s.of(diabetes.get(13).text()))
        .containsExactly("cinnamon cures");
  }

  @Test
  void should_flag_each_myth_once_a_session_unless_told_otherwise() {
    Transcript forum = Transcript.load("mentoring-forum");

    assertThat(at(byRule(Fixtures.review(Fixtures.allRules(), forum), RULE))).containsExactly(7);
    assertThat(
            at(
                byRule(
                    Fixtures.review(
                        List.of(clause("m", "Check.", RULE, Map.of("oncePerMyth", "false"))),
                        forum),
                    RULE)))
        .containsExactly(7, 8);
  }

  @Test
  void should_not_flag_a_myth_mentioned_sarcastically() {
    Transcript t =
        Transcript.parse(
            "s", "@member a MEMBER A\n10:00 a SHARING: Oh sure, cinnamon cures diabetes, lol.\n");

    assertThat(byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE)).isEmpty();
  }
}
