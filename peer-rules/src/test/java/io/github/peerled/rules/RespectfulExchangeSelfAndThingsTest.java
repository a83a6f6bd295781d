package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads a word of contempt said of a thing described before it, and a
 * dismissal word ("cope") that its author uses of themselves.
 */
class RespectfulExchangeSelfAndThingsTest {
  private static List<Finding> review(String lines) {
    return Fixtures.respectFindings(lines);
  }

  @Test
  void should_not_read_contempt_for_a_described_thing_before_a_name_as_a_remark() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: Light's still doing my head in, had to leave the shop.
            10:01 a RESPONSE>1: The supermarket lights are the worst, Ben. I wear a cap in there now.
            10:02 c RESPONSE>1: The bright strip lights are the worst, Ben.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_still_read_contempt_for_a_person_described_before_a_name_as_a_remark() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: Light's still doing my head in, had to leave the shop.
            10:01 a RESPONSE>1: You are the worst, Ben.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_not_read_a_dismissal_word_its_author_says_of_themselves_as_a_jibe() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: ginger tea did nothing for me either
            10:01 a SHARING: 12 weeks. Honestly, being sick I can cope with. What I can't cope with is everyone else. Anyway, bit of sunshine today, Ben.
            """);

    assertThat(f).isEmpty();
  }

  @Test
  void should_still_read_a_dismissal_word_aimed_at_someone_as_a_jibe() {
    List<Finding> f =
        review(
            """
            10:00 b SHARING: ginger tea did nothing for me either
            10:01 a RESPONSE>1: Cope, Ben. Cope harder, you can't cope with anything.
            """);

    assertThat(at(f)).containsExactly(2);
  }
}
