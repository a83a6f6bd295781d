package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads remarks as other people make them: a lone jibe in an exchange that
 * is already heated, friendly teasing between regulars, a sanity or an honesty questioned, and an
 * insult word that is said of a thing before a member's name.
 */
class RespectfulExchangeOtherVoicesTest {
  private static List<Finding> review(String lines) {
    return Fixtures.respectFindings(lines);
  }

  @Test
  void should_read_a_lone_jibe_as_a_remark_once_the_exchange_is_heated() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I moved my dad into a care home on Tuesday.
            10:01 b RESPONSE>1: You're pathetic, some of us kept our promises.
            10:02 c RESPONSE>2: Exactly Ben. Each to their own I suppose.
            10:03 a RESPONSE>3: Here comes the fan club.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
    assertThat(f.get(2).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_leave_a_lone_jibe_alone_outside_an_exchange() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I moved my dad into a care home on Tuesday.
            10:01 c RESPONSE>1: Each to their own I suppose.
            10:02 b RESPONSE>1: Here comes the fan club.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_not_read_an_apology_within_an_exchange_as_a_remark() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: 47 days without codeine today.
            10:01 b RESPONSE>1: 47? that's cute. call me when you hit triple figures
            10:02 a RESPONSE>2: I wasn't asking for a medal, Ben.
            10:03 b RESPONSE>3: sorry Ann, that was a rubbish thing to say
            10:04 c RESPONSE>2: sorry, I didn't mean to show off earlier either
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_leave_friendly_teasing_with_laughter_between_regulars() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: forgot my pump charger on the school trip AGAIN
            10:01 a RESPONSE>1: Ben u absolute muppet 😂 every single trip
            10:02 b RESPONSE>2: lol shut up 😂 you're no better
            10:03 c RESPONSE>1: ur such a drama queen jk jk hope ur ok ❤️
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_read_the_same_words_as_a_remark_without_laughter_or_to_a_newcomer() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: forgot my pump charger on the school trip AGAIN
            10:01 a RESPONSE>1: Ben u absolute muppet, every single trip
            10:02 n SHARING: hi im new, still dont get carb counting
            10:03 c RESPONSE>3: Nia ur so dumb 😂 its just reading the packet
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_read_a_members_sanity_or_honesty_questioned_to_their_face() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think the lithium is why I can't remember anything.
            10:01 b RESPONSE>1: Lithium doesn't do that, mate. You sound manic to me.
            10:05 c SHARING: I'm thinking of home dialysis.
            10:06 b RESPONSE>3: Cy, you've no business thinking you could manage it alone.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_not_aim_an_insult_at_a_name_that_follows_a_thing_or_a_negation() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: The hospital transport left me waiting two hours again.
            10:01 b RESPONSE>1: The transport is a joke, Ann.
            10:02 c RESPONSE>1: They're hopeless Ann. Nine months for my ramp.
            10:03 b RESPONSE>1: It's not stupid Ann. I felt like that at the start too.
            10:04 c RESPONSE>1: Stop being such a crybaby, Ann.
            """);

    assertThat(at(f)).containsExactly(5);
  }
}
