package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.at;
import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How respectful-exchange reads contempt without a swear word: a retort that sums the listener up,
 * envy put as sarcasm, a put-down with a name and more after it, a jibe hedged with "I suppose" in
 * a heated exchange, doubling down within one; and what stays unflagged: sympathy that names envy,
 * warmth that sounds like envy, a retort's words in reported speech, an insult the author would
 * have someone outside the group told.
 */
class RespectfulExchangeSarcasmTest {
  private static final String RULE = "respectful-exchange";
  private static final Clause RESPECT =
      clause("respect", "We speak to each other with respect: no personal remarks.", RULE);

  private static List<Finding> review(String lines) {
    return Fixtures.reviewUnder(RESPECT, RULE, Fixtures.THREE_MEMBERS, lines);
  }

  @Test
  void should_read_a_retort_that_sums_the_listener_up_as_a_remark() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I think the new rota is much fairer on the night staff.
            10:01 b RESPONSE>1: Says the woman who has never done a night shift in her life.
            10:05 c SHARING: I'd rather we kept the old one, it suited me.
            10:06 a RESPONSE>3: Spoken like somebody with no kids at home.
            10:07 c SHARING: My consultant says the man who ran the trial is retiring.
            """);

    assertThat(at(f)).containsExactly(2, 4);
    assertThat(f.get(0).message()).doesNotContain("never done");
  }

  @Test
  void should_read_envy_put_as_sarcasm_at_the_opening_of_a_sentence() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: We're off to the coast for a week, first holiday in years.
            10:01 b RESPONSE>1: Must be lovely being able to afford that.
            10:02 c RESPONSE>1: Oh that must be nice for you, you've earned it.
            10:03 a SHARING: Finally got a diagnosis after six years.
            10:04 c RESPONSE>4: Must be nice to finally have an answer!
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_read_a_put_down_with_a_name_and_a_clause_after_it() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: Three weeks off the painkillers now.
            10:01 b RESPONSE>1: Give it a rest Ann, nobody is keeping score.
            10:02 c RESPONSE>1: Give it a rest for a week if the pain comes back.
            """);

    assertThat(at(f)).containsExactly(2);
  }

  @Test
  void should_read_a_jibe_hedged_with_i_suppose_in_a_heated_exchange() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: I wrote up a guide for new members about the forms.
            10:01 b RESPONSE>1: Says the man who can't fill in his own forms, Ann.
            10:02 a RESPONSE>2: At least mine is readable, Ben.
            10:03 b RESPONSE>3: I guess when you've been here five minutes you need to show off.
            """);

    assertThat(at(f)).containsExactly(2, 3, 4);
    assertThat(f.get(2).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_read_doubling_down_as_a_remark_only_within_a_heated_exchange() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: The evenings have been hard since the move.
            10:01 b RESPONSE>1: Nobody asked, Ann.
            10:02 c RESPONSE>2: Ben, that's unkind.
            10:03 b RESPONSE>3: I'm just saying what everyone's thinking.
            10:20 c SHARING: The new venue is too far out for most of us.
            10:21 a RESPONSE>5: I'm just saying what everyone's thinking, it's two buses for me.
            """);

    assertThat(at(f)).containsExactly(2, 4);
    assertThat(f.get(1).severity()).isEqualTo(Severity.INTERVENE);
  }

  @Test
  void should_leave_an_insult_the_author_would_have_someone_outside_told() {
    List<Finding> f =
        review(
            """
            10:00 a SHARING: My brother keeps telling me to just snap out of it.
            10:01 b RESPONSE>1: Honestly tell him to shut up, he has no idea what it's like.
            """);

    assertThat(f).isEmpty();
  }
}
