package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session read back after its contribution text expired (or its speakers were forgotten): the
 * rules find nothing in the marker's words, and a finding kept by the host can drop its words.
 */
class ExpiredTextTest {
  private final Transcript rare = Transcript.load("rare-condition-online");

  private static List<Contribution> withText(List<Contribution> all, String text) {
    return all.stream()
        .map(c -> (Contribution) ImmutableContribution.copyOf(c).withText(text))
        .toList();
  }

  @Test
  void should_find_nothing_in_the_words_of_expired_or_removed_text() {
    // given the transcript raises findings about its words
    List<Finding> live = Fixtures.review(Fixtures.allRules(), rare);
    assertThat(live).anySatisfy(f -> assertThat(f.spans()).isNotEmpty());

    for (String marker : List.of(PersonalData.EXPIRED, PersonalData.REMOVED)) {
      // when the same session is reviewed as read back after the expiry
      List<Finding> after =
          Fixtures.ruleSet(Fixtures.allRules())
              .review(rare.context(), withText(rare.contributions, marker));

      // then no finding points at words, and the findings are those of a session of silences
      assertThat(after).as("after %s", marker).allSatisfy(f -> assertThat(f.spans()).isEmpty());
      assertThat(after)
          .as("after %s", marker)
          .isEqualTo(
              Fixtures.ruleSet(Fixtures.allRules())
                  .review(rare.context(), withText(rare.contributions, "")));
    }
  }

  @Test
  void should_keep_rule_severity_and_contribution_of_a_finding_without_its_words() {
    List<Finding> live = Fixtures.review(Fixtures.allRules(), rare);
    Finding quoting = live.stream().filter(f -> !f.spans().isEmpty()).findFirst().orElseThrow();

    Finding kept = quoting.withoutWords();

    assertThat(kept.message()).isEqualTo(PersonalData.EXPIRED);
    assertThat(kept.spans()).isEmpty();
    assertThat(kept.ruleId()).isEqualTo(quoting.ruleId());
    assertThat(kept.severity()).isEqualTo(quoting.severity());
    assertThat(kept.sessionId()).isEqualTo(quoting.sessionId());
    assertThat(kept.contribution()).isEqualTo(quoting.contribution());
    assertThat(kept.contributions()).isEqualTo(quoting.contributions());
  }
}
