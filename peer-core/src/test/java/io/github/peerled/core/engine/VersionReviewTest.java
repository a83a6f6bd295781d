package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.GuidelineVersionScheduled;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.json.PeerledJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review date of a guideline version as a whole: given at the close of the amendment that
 * adopts it, kept on the version, announced once while the version is in force, and refused when it
 * would fall before the version takes effect.
 */
class VersionReviewTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final Duration DELAY = Duration.ofDays(7);

  /** The commands that adopt p1 (a clause "breaks"), the close giving a review date. */
  private static List<GroupCommand> adoptBreaks(Instant reviewAt) {
    List<GroupCommand> all =
        new ArrayList<>(Groups.adopted("p1", Groups.addClause(1, "breaks", "Breaks.")));
    all.set(
        all.size() - 1,
        ImmutableCloseProposal.builder().actor(ALICE).proposalId(P1).reviewAt(reviewAt).build());
    return all;
  }

  /** Guidelines decided by consent, a version taking effect a week after its adoption. */
  private static GroupFixture delayed() {
    DecisionProcedure procedure =
        DecisionProcedure.builder().from(DecisionProcedure.consent()).effectDelay(DELAY).build();
    return GroupFixture.given(
        Groups.founded(
            GovernanceSettings.custom().putProcedure(DecisionKind.GUIDELINES, procedure).build()));
  }

  private static GroupCommand check() {
    return CheckDeadlines.builder().actor(CAROL).build();
  }

  @Test
  void should_give_the_adopted_version_the_review_date_and_announce_it_once() {
    // given a group
    GroupFixture f = GroupFixture.given(Groups.founded());
    Instant due = Groups.START.plus(Duration.ofDays(90));
    List<GroupCommand> all = adoptBreaks(due);
    f.and(all.subList(0, all.size() - 1));

    // when the amendment is adopted with a review date
    GuidelineVersionAdopted adopted =
        f.when(all.get(all.size() - 1))
            .thenEvents(ProposalDecided.class, GuidelineVersionAdopted.class)
            .event(1, GuidelineVersionAdopted.class);

    // then the version carries it, and its review, not the proposal's, is pending
    assertThat(adopted.version().reviewAt()).contains(due);
    assertThat(f.state.guidelinesInForce().orElseThrow().reviewAt()).contains(due);
    assertThat(f.state.proposal(P1).orElseThrow().reviewAt()).contains(due);
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofVersion(2, due));
    assertThat(f.state.nextDeadline()).contains(due);

    // and a check just before the date records nothing; at the date it announces the version
    f.after(Duration.ofDays(90).minusSeconds(1));
    f.when(check()).thenRejected(RejectionReason.WRONG_STATE);
    f.after(Duration.ofSeconds(1));
    ReviewDue review = f.when(check()).thenEvents(ReviewDue.class).event(0, ReviewDue.class);
    assertThat(review.review()).isEqualTo(Review.ofVersion(2, due));

    // and only once
    assertThat(f.state.pendingReviews()).isEmpty();
    assertThat(f.state.nextDeadline()).isEmpty();
    f.when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_refuse_a_review_date_before_the_version_takes_effect() {
    // given an amendment agreed under a procedure whose versions take effect a week later
    GroupFixture f = delayed();
    Instant effect = Groups.START.plus(DELAY);
    List<GroupCommand> early = adoptBreaks(effect);
    f.and(early.subList(0, early.size() - 1));
    long version = f.state.version();

    // when it is closed with a review date at (or before) the effect
    f.when(early.get(early.size() - 1))
        .thenRejected(
            RejectionReason.INVALID,
            "$.reviewAt: the guideline version this amendment makes would take effect at "
                + effect
                + " and is reviewed after that; "
                + effect
                + " is not after it");

    // then nothing changed, and a date after the effect is taken
    assertThat(f.state.version()).isEqualTo(version);
    assertThat(f.state.proposal(P1).orElseThrow().tally()).isEmpty();
    List<GroupCommand> later = adoptBreaks(effect.plusSeconds(1));
    f.when(later.get(later.size() - 1))
        .thenEvents(ProposalDecided.class, GuidelineVersionScheduled.class);
  }

  @Test
  void should_review_a_scheduled_version_once_it_is_in_force() {
    // given an amendment adopted to take effect in a week, to be reviewed in 30 days
    GroupFixture f = delayed();
    Instant due = Groups.START.plus(Duration.ofDays(30));
    f.and(adoptBreaks(due));
    assertThat(f.state.scheduledGuidelines().orElseThrow().reviewAt()).contains(due);
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofProposal(P1, due));

    // when the version takes effect
    f.after(DELAY);
    f.when(check()).thenEvents(GuidelineVersionAdopted.class);

    // then the version's review takes the place of the proposal's
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofVersion(2, due));
    f.after(Duration.ofDays(23));
    ReviewDue review = f.when(check()).thenEvents(ReviewDue.class).event(0, ReviewDue.class);
    assertThat(review.review()).isEqualTo(Review.ofVersion(2, due));
    f.when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_announce_the_review_once_when_one_late_check_reaches_both_dates() {
    // given a version scheduled for a week on, to be reviewed in 30 days
    GroupFixture f = delayed();
    Instant due = Groups.START.plus(Duration.ofDays(30));
    f.and(adoptBreaks(due));

    // when the first check comes after both dates
    f.after(Duration.ofDays(40));
    f.when(check()).thenEvents(ReviewDue.class, GuidelineVersionAdopted.class);

    // then the review was announced (as the decision's) and is not announced again
    assertThat(f.state.guidelineVersionNumber()).isEqualTo(2);
    assertThat(f.state.pendingReviews()).isEmpty();
    f.when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_drop_the_review_of_a_version_a_newer_one_replaces() {
    // given version 2 adopted with a review date
    GroupFixture f = GroupFixture.given(Groups.founded());
    f.and(adoptBreaks(Groups.START.plus(Duration.ofDays(90))));
    assertThat(f.state.pendingReviews()).hasSize(1);

    // when version 3 is adopted without one
    f.and(Groups.adopted("p2", Groups.addClause(2, "tea", "Tea after.")));

    // then nothing is left to review
    assertThat(f.state.guidelinesInForce().orElseThrow().reviewAt()).isEmpty();
    assertThat(f.state.pendingReviews()).isEmpty();
    f.after(Duration.ofDays(91)).when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_refuse_to_build_a_version_reviewed_before_it_takes_effect() {
    Instant at = Groups.START;
    assertThatThrownBy(
            () ->
                ImmutableGuidelineVersion.builder()
                    .number(2)
                    .effectiveAt(at)
                    .reviewAt(at)
                    .addClause(Clause.of("a", "A."))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "guideline version 2 is reviewed after it takes effect at " + at + ", not at " + at);
    assertThatThrownBy(() -> Review.ofVersion(0, at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a review's guideline version starts at 1, was 0");
  }

  @Test
  void should_read_a_version_review_in_json_and_versions_written_before_review_dates() {
    // a review of a version reads and writes as {"version":2,"dueAt":...}
    Review review = Review.ofVersion(2, Instant.parse("2026-04-05T18:30:00Z"));
    String json = PeerledJson.write(review);
    assertThat(json).isEqualTo("{\"version\":2,\"dueAt\":\"2026-04-05T18:30:00Z\"}");
    assertThat(PeerledJson.read(json, Review.class, "review")).isEqualTo(review);

    // a version written before versions had review dates still reads, without one
    GuidelineVersion old =
        PeerledJson.read(
            "{\"number\":2,\"clauses\":[{\"id\":\"a\",\"text\":\"A.\"}],\"adoptedBy\":\"p1\","
                + "\"effectiveAt\":\"2026-01-05T18:30:00Z\"}",
            GuidelineVersion.class,
            "version");
    assertThat(old.reviewAt()).isEmpty();
  }
}
