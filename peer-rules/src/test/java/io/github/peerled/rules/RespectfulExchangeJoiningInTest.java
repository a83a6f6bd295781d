package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.respectFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads joining in on a personal remark: a reply to the remark, or one
 * naming its two people, whose first clause only sides with someone ("Exactly Ben.", "he's right
 * though", "Ben's not wrong", "Couldn't have put it better myself") is a remark in a heated
 * exchange; siding with a member's view on the topic ("I'm with Cy that it depends", "Cy's got a
 * point about the fees"), disagreeing ("that's not true") and agreement with no remark before it
 * are not.
 */
class RespectfulExchangeJoiningInTest {
  @Test
  void should_read_a_short_reply_siding_with_a_remark_as_joining_in() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: How do people deal with the staring? I felt like a zoo animal.
            10:01 b RESPONSE>1: Grow a thicker skin Ann, nobody cares about you as much as you think.
            10:02 a RESPONSE>2: Wow, ok. I thought this was a support group.
            10:03 c RESPONSE>3: Ha, Ann, he's right though, you're a bit much.
            10:04 b RESPONSE>4: Exactly Cy.
            """);

    assertThat(at(f)).containsExactly(2, 4, 5);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(f.get(2).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_read_siding_by_name_negation_and_chat_as_joining_in() {
    List<Finding> f =
        respectFindings(
            """
            10:00 n SHARING: My ex hasn't seen the kids in months. I feel like I'm failing them.
            10:01 b RESPONSE>1: Grow up, Nia.
            10:02 a RESPONSE>2: Ben's not wrong.
            10:03 c RESPONSE>2: Couldn't have put it better myself, Ben.
            10:04 a SHARING: Anyway. The nursery fees went up again.
            10:05 c RESPONSE>5: fr
            """);

    assertThat(at(f)).containsExactly(2, 3, 4);
  }

  @Test
  void should_leave_siding_on_the_topic_and_disagreement_after_a_remark_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I think it depends on the airport, some are fine with the pump.
            10:01 b RESPONSE>1: Grow up, Ann.
            10:02 c RESPONSE>1: I'm with Ann that it depends on the airport, but I also get Ben's point.
            10:03 n RESPONSE>2: That's not true, Ben.
            10:04 c RESPONSE>1: Ann's got a point about the security queues.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_leave_agreement_with_no_remark_before_it_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: The nursery fees went up again, sixty pounds a month.
            10:01 b RESPONSE>1: Exactly Ann, it's criminal.
            10:02 c RESPONSE>1: Ann's right.
            """);

    assertThat(f).isEmpty();
  }
}
