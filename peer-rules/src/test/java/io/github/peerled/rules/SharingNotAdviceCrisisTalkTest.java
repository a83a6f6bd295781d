package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.byRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plea to a member in a reply to their crisis disclosure ("please go and knock", "please stay")
 * is not advice: the crisis finding marks the moment. A reply that advises without pleading, and
 * advice elsewhere in the session, are still nudged.
 */
class SharingNotAdviceCrisisTalkTest {
  private static final String RULE = "sharing-not-advice";
  private static final String MEMBERS =
      """
      @member nat FOUNDING_MEMBER Nat
      @member leon MEMBER Leon
      @member rosie MEMBER Rosie
      @member chloe MEMBER Chloe
      @facilitator nat
      20:00 nat OTHER: Evening all, let's go round.
      20:01 chloe SHARING: My mum's been texting me horrible stuff again. I still cried all night.
      20:02 leon SHARING: tonight. i've got the rope from the garage in the car. i'm sat in it now.
      """;

  @Test
  void should_leave_a_plea_to_the_member_in_crisis_alone() {
    List<Finding> f =
        Fixtures.reviewAll(
            MEMBERS,
            """
            20:03 rosie RESPONSE>3: Leon please go and knock on your mum's door now. We want you\
             here.
            20:04 chloe RESPONSE>3: Leon, please stay with us and ring Samaritans on 116 123\
             now, we want you here.
            """);

    assertThat(at(byRule(f, "safety"))).contains(3);
    assertThat(byRule(f, RULE)).isEmpty();
  }

  @Test
  void should_still_nudge_advice_to_another_member_in_the_same_session() {
    List<Finding> f =
        Fixtures.reviewAll(
            MEMBERS,
            """
            20:03 rosie RESPONSE>2: Chloe, block her number today and stop answering her,\
             you don't owe her anything.
            """);

    assertThat(at(byRule(f, RULE))).containsExactly(4);
  }

  @Test
  void should_still_nudge_a_reply_to_a_disclosure_that_advises_without_pleading() {
    List<Finding> f =
        Fixtures.reviewAll(
            MEMBERS,
            """
            20:03 rosie RESPONSE>3: Leon you need to tell your boss tomorrow and get yourself\
             off the night shifts, full stop.
            """);

    assertThat(at(byRule(f, RULE))).containsExactly(4);
  }
}
