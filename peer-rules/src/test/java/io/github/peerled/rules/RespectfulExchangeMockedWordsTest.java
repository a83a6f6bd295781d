package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.respectFindings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads a member's words quoted back with a laugh at the head of a reply,
 * mocking how they write or speak, and jibes that cast a member as a child or a doormat; and the
 * near misses it leaves alone (quoting one's own words, a quote with no laugh).
 */
class RespectfulExchangeMockedWordsTest {
  @Test
  void should_read_a_members_words_quoted_back_with_a_laugh_as_a_remark() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: my sugars was very hight this week, dont no why
            10:01 b RESPONSE>1: "very hight" 😂 Maybe sort the spelling out before the sugars, love.
            10:02 n SHARING: Baby is not sleep again, I am so tired.
            10:03 c RESPONSE>3: Nia "baby is not sleep" 😂 what language is that
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_read_a_member_cast_as_a_child_or_a_doormat_as_remarks() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: I've decided to forgive my sister for what she said at the funeral.
            10:01 b RESPONSE>1: Enjoy being a doormat then, Ann, some of us have more self-respect than that.
            10:02 n SHARING: My mum rings the bank for me when my stammer's bad.
            10:03 c RESPONSE>3: Maybe get your mum to ring for you, like a kid. Guys like you never learn.
            """);

    assertThat(at(f)).containsExactly(2, 4);
  }

  @Test
  void should_leave_quotes_without_a_laugh_and_ones_own_words_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: The nurse said "you're doing fine" and I cried in the car 😂 so silly.
            10:01 b RESPONSE>1: "You're doing fine" is exactly what I needed to hear too. Thanks Ann.
            10:02 c RESPONSE>1: "Proper athlete" me, I get out of breath on the stairs 😂
            10:03 n RESPONSE>1: Enjoy the sleep tonight, Ann ❤️
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_leave_a_targets_defence_alone() {
    List<Finding> f =
        respectFindings(
            """
            10:00 a SHARING: Did my rehab in the pool today, my knee looks like a deflated balloon.
            10:01 b RESPONSE>1: Guys like you treat rehab like a spa day. No wonder it looks like that.
            10:02 a RESPONSE>2: Wow ok. Was a joke about my own leg.
            """);

    assertThat(at(f)).containsExactly(2);
  }
}
