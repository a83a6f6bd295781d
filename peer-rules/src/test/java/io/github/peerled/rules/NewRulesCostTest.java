package io.github.peerled.rules;

import static io.github.peerled.rules.Fixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.rules.detect.internal.TextLimit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A contribution made of nothing but insults or comparisons, as long as a contribution may be, is
 * reviewed in linear time with bounded evidence (the timeout only catches work that grows with the
 * square of the text, which would take minutes here).
 */
class NewRulesCostTest {
  private static final RuleSet RULES =
      Fixtures.ruleSet(
          List.of(
              clause("respect", "We speak with respect.", "respectful-exchange"),
              clause("numbers", "We don't compare numbers.", "no-comparing")));
  private static final Transcript MENTORS = Transcript.load("mentors-falling-out");

  private static List<Finding> review(String unit) {
    StringBuilder sb = new StringBuilder(TextLimit.MAX_CHARS + unit.length());
    while (sb.length() < TextLimit.MAX_CHARS) {
      sb.append(unit);
    }
    Contribution c =
        ImmutableContribution.builder().from(MENTORS.get(4)).text(sb.toString()).build();
    return RULES.review(MENTORS.context(), List.of(MENTORS.get(3), c));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void should_review_a_contribution_of_insults_only_in_linear_time_with_bounded_evidence() {
    List<Finding> f = review("you idiot, I think you're not stupid. ");

    assertThat(f).extracting(Finding::ruleId).containsExactly("respectful-exchange");
    assertThat(f.get(0).spans()).hasSizeLessThanOrEqualTo(32);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void should_review_a_contribution_of_comparisons_only_in_linear_time_with_bounded_evidence() {
    List<Finding> f = review("my a1c of 5.9 is lower than yours, than you think ");

    assertThat(f).extracting(Finding::ruleId).containsExactly("no-comparing");
    assertThat(f.get(0).spans()).hasSizeLessThanOrEqualTo(32 + 8 + 8);
  }
}
