package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Review;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ReviewDue;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outcome statements and review dates on decisions and clauses, and the reviews falling due. */
class ReviewDatesTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final Instant IN_90_DAYS = Groups.START.plus(Duration.ofDays(90));
  private static final ClauseId BREAKS = ClauseId.of("breaks");

  /** A founded group with p1 (logistics) open and agreed to by all three founders. */
  private static GroupFixture agreed() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"))
        .and(Groups.stance(ALICE, "p1", StanceKind.AGREE, ""))
        .and(Groups.stance(BOB, "p1", StanceKind.AGREE, ""))
        .and(Groups.stance(CAROL, "p1", StanceKind.AGREE, ""));
  }

  private static GroupCommand close(String statement, Optional<Instant> reviewAt) {
    return ImmutableCloseProposal.builder()
        .actor(BOB)
        .proposalId(P1)
        .outcomeStatement(statement)
        .reviewAt(reviewAt)
        .build();
  }

  private static GroupCommand check() {
    return CheckDeadlines.builder().actor(CAROL).build();
  }

  @Test
  void should_keep_the_outcome_statement_and_review_date_given_at_the_close() {
    GroupFixture f = agreed();

    ProposalDecided decided =
        f.when(close("We meet on Tuesdays from March.", Optional.of(IN_90_DAYS)))
            .event(0, ProposalDecided.class);

    assertThat(decided.outcomeStatement()).contains("We meet on Tuesdays from March.");
    assertThat(decided.reviewAt()).contains(IN_90_DAYS);
    Proposal p = f.state.proposal(P1).orElseThrow();
    assertThat(p.outcomeStatement()).contains("We meet on Tuesdays from March.");
    assertThat(p.reviewAt()).contains(IN_90_DAYS);
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofProposal(P1, IN_90_DAYS));
    assertThat(f.state.nextDeadline()).contains(IN_90_DAYS);
  }

  @Test
  void should_refuse_a_blank_outcome_statement_or_a_review_date_not_after_the_close() {
    GroupFixture f = agreed();

    f.when(close("  ", Optional.empty())).thenRejected(Rejections.blank("outcomeStatement"));
    f.when(close("Tuesdays.", Optional.of(Groups.START)))
        .thenRejected(
            RejectionReason.INVALID,
            "$.reviewAt: a decision is reviewed after it is taken; "
                + Groups.START
                + " is not after the close at "
                + Groups.START);
    assertThat(f.state.proposal(P1).orElseThrow().tally()).isEmpty();
  }

  @Test
  void should_announce_a_decision_due_for_review_once() {
    GroupFixture f = agreed().and(close("Tuesdays.", Optional.of(IN_90_DAYS)));
    f.after(Duration.ofDays(90));

    ReviewDue due = f.when(check()).thenEvents(ReviewDue.class).event(0, ReviewDue.class);

    assertThat(due.review()).isEqualTo(Review.ofProposal(P1, IN_90_DAYS));
    assertThat(f.state.pendingReviews()).isEmpty();
    assertThat(f.state.nextDeadline()).isEmpty();
    f.when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_announce_a_clause_due_for_review_and_again_once_it_has_a_new_date() {
    // given a clause added with a review date in 90 days
    Clause breaks =
        ImmutableClause.builder()
            .id(BREAKS)
            .text("We take a break midway.")
            .reviewAt(IN_90_DAYS)
            .build();
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(
                Groups.adopted(
                    "p1", Groups.amend(1, ImmutableAddClause.builder().clause(breaks).build())));
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofClause(BREAKS, IN_90_DAYS));

    // when the date passes, the review is announced once
    f.after(Duration.ofDays(91));
    f.when(check()).thenEvents(ReviewDue.class);
    assertThat(f.state.pendingReviews()).isEmpty();

    // and a version that keeps the clause and its date does not bring the review back
    f.and(
        Groups.adopted(
            "p2",
            Groups.amend(
                2,
                ImmutableAmendClause.builder()
                    .clauseId(ClauseId.of("sharing"))
                    .text("We share.")
                    .build())));
    assertThat(f.state.pendingReviews()).isEmpty();

    // but a new review date does
    Instant later = IN_90_DAYS.plus(Duration.ofDays(180));
    f.and(
        Groups.draft(
            ALICE,
            "p3",
            Groups.amend(
                3, ImmutableAmendClause.builder().clauseId(BREAKS).reviewAt(later).build())));
    f.and(Groups.open(ALICE, "p3"))
        .and(Groups.stance(ALICE, "p3", StanceKind.AGREE, ""))
        .and(Groups.stance(BOB, "p3", StanceKind.AGREE, ""))
        .and(Groups.stance(CAROL, "p3", StanceKind.AGREE, ""));
    f.when(Groups.close(ALICE, "p3"))
        .thenEvents(ProposalDecided.class, GuidelineVersionAdopted.class);
    assertThat(f.state.pendingReviews()).containsExactly(Review.ofClause(BREAKS, later));
  }

  @Test
  void should_drop_the_review_of_a_clause_the_group_removes() {
    Clause breaks =
        ImmutableClause.builder()
            .id(BREAKS)
            .text("We take a break midway.")
            .reviewAt(IN_90_DAYS)
            .build();
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(
                Groups.adopted(
                    "p1", Groups.amend(1, ImmutableAddClause.builder().clause(breaks).build())))
            .and(
                Groups.adopted(
                    "p2",
                    Groups.amend(2, ImmutableRemoveClause.builder().clauseId(BREAKS).build())));

    assertThat(f.state.pendingReviews()).isEmpty();
    f.after(Duration.ofDays(91)).when(check()).thenRejected(RejectionReason.WRONG_STATE);
  }
}
