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
 * A known myth reported as someone else's is the reporter's only when they take it up; a member who
 * backs it next is the one who puts it forward.
 */
class PeerReviewReportedClaimTest {
  private static final String RULE = "peer-review";
  private static final String MEMBERS =
      "@member nomsa MEMBER Nomsa\n@member pieter MEMBER Pieter\n@member thandi MEMBER Thandi\n";

  private static List<Finding> review(String lines) {
    Transcript t = Transcript.parse("s", MEMBERS + lines);
    return byRule(Fixtures.review(List.of(clause("m", "Check.", RULE)), t), RULE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My aunty keeps telling me cinnamon cures diabetes. She saw it on TV years ago.",
        "My mother-in-law swears cinnamon cures diabetes. Every family dinner I hear it.",
        "My brother-in-law says I should go on cinnamon, that cinnamon cures diabetes and I'm lazy."
      })
  void should_leave_a_claim_reported_as_someone_elses_alone(String text) {
    assertThat(at(review("10:00 nomsa SHARING: " + text + "\n"))).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "My aunty says cinnamon cures diabetes. Is that true?",
        "My neighbour swears cinnamon cures diabetes, so I've been having it every morning.",
        "My dad says cinnamon cures diabetes. Honestly maybe he's right.",
        "I'm scared to start insulin because my mum always said cinnamon cures diabetes anyway."
      })
  void should_still_flag_a_reported_claim_its_reporter_takes_up(String text) {
    assertThat(at(review("10:00 nomsa SHARING: " + text + "\n"))).as(text).containsExactly(1);
  }

  @Test
  void should_flag_the_member_who_backs_a_reported_claim() {
    List<Finding> f =
        review(
            """
            10:00 nomsa SHARING: My aunty keeps telling me cinnamon cures diabetes.
            10:01 pieter RESPONSE>1: Your aunty isn't wrong, Nomsa. I take it every day.
            10:02 thandi RESPONSE>2: Pieter, that's not true.
            """);

    assertThat(at(f)).containsExactly(2);
    assertThat(f.get(0).message()).startsWith("Pieter backed a claim");
    assertThat(f.get(0).message()).contains("cinnamon cures diabetes");
  }

  @Test
  void should_flag_a_backer_who_names_the_reporter_without_replying() {
    assertThat(
            at(
                review(
                    """
                    10:00 nomsa SHARING: My aunty keeps telling me cinnamon cures diabetes.
                    10:01 pieter SHARING: Honestly Nomsa she might have a point, my cousin swears by it.
                    """)))
        .containsExactly(2);
  }

  @Test
  void should_not_flag_a_member_who_disagrees_or_backs_someone_else_later() {
    assertThat(
            at(
                review(
                    """
                    10:00 nomsa SHARING: My aunty keeps telling me cinnamon cures diabetes.
                    10:01 pieter RESPONSE>1: I don't think she's right, Nomsa.
                    10:02 thandi SHARING: Long week at work.
                    10:03 pieter SHARING: Slept badly again.
                    10:04 thandi SHARING: Rain all day.
                    10:05 pieter RESPONSE>1: Nomsa, your aunty isn't wrong.
                    """)))
        .isEmpty();
  }

  @Test
  void should_still_flag_a_plain_mention() {
    assertThat(
            at(
                review(
                    """
                    10:00 nomsa SHARING: My aunty keeps telling me cinnamon cures diabetes.
                    10:01 pieter RESPONSE>1: cinnamon cures diabetes, I'm off my tablets.
                    """)))
        .containsExactly(2);
  }
}
