package io.github.peerled.rules.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.rules.ViolationCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator's warnings about versions and clauses past the review date the group set for them.
 */
class PastReviewTest {
  private static final Instant REVIEW = Instant.parse("2026-06-01T00:00:00Z");

  private static final GuidelineVersion VERSION =
      ImmutableGuidelineVersion.builder()
          .number(3)
          .effectiveAt(Instant.parse("2026-01-01T00:00:00Z"))
          .addClause(Clause.of("confidential", "What is said here stays here."))
          .addClause(
              ImmutableClause.builder()
                  .id(ClauseId.of("breaks"))
                  .text("We take a break midway.")
                  .reviewAt(REVIEW)
                  .build())
          .build();

  @Test
  void should_warn_about_a_clause_past_its_review_date() {
    // when the version is checked on its clause's review date
    List<Violation> warnings = GuidelineValidator.ofDefaults().pastReview(VERSION, REVIEW);

    // then the clause is named, with its path and date
    assertThat(warnings).hasSize(1);
    Violation w = warnings.get(0);
    assertThat(ViolationCode.of(w)).contains(ViolationCode.REVIEW_DATE_PASSED);
    assertThat(w.path()).isEqualTo("$.clauses[1].reviewAt");
    assertThat(w.message())
        .isEqualTo(
            "clause 'breaks' was to be reviewed by 2026-06-01T00:00:00Z; put it on the group's"
                + " agenda, and amend it or set a new review date");
  }

  @Test
  void should_not_warn_before_the_review_date_nor_about_clauses_without_one() {
    assertThat(GuidelineValidator.ofDefaults().pastReview(VERSION, REVIEW.minusSeconds(1)))
        .isEmpty();
  }

  @Test
  void should_warn_about_a_version_past_its_review_date_before_its_clauses() {
    // given a version whose own review date falls before its clause's
    GuidelineVersion version =
        ImmutableGuidelineVersion.copyOf(VERSION).withReviewAt(REVIEW.minusSeconds(3600));

    // when it is checked an hour before the clause's review date
    List<Violation> early =
        GuidelineValidator.ofDefaults().pastReview(version, REVIEW.minusSeconds(1));

    // then the version alone is named, at its own path
    assertThat(early).extracting(Violation::path).containsExactly("$.reviewAt");
    assertThat(ViolationCode.of(early.get(0))).contains(ViolationCode.REVIEW_DATE_PASSED);
    assertThat(early.get(0).message())
        .isEqualTo(
            "guideline version 3 was to be reviewed by 2026-05-31T23:00:00Z; put it on the"
                + " group's agenda, and amend it or close a new decision with a new review date");

    // and on the clause's date the version comes first, then the clause
    assertThat(GuidelineValidator.ofDefaults().pastReview(version, REVIEW))
        .extracting(Violation::path)
        .containsExactly("$.reviewAt", "$.clauses[1].reviewAt");

    // and before the version's date nothing is past review
    assertThat(GuidelineValidator.ofDefaults().pastReview(version, REVIEW.minusSeconds(3601)))
        .isEmpty();
  }

  @Test
  void should_leave_the_review_date_out_of_what_guards_refuse() {
    // a clause past its review date is still valid guidelines
    assertThat(GuidelineValidator.ofDefaults().validate(VERSION)).isEmpty();
  }
}
