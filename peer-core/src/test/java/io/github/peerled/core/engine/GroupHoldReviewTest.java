package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.HoldReview;
import io.github.peerled.core.decision.HoldReviewer;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.ImmutableHoldReviewed;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.SessionId;
import org.junit.jupiter.api.Test;

/**
 * A hold reviewed by the group: a proposal to keep a held contribution hidden or restore it,
 * decided by the group's membership procedure without the author and the flaggers, recorded as
 * {@link HoldReviewed} naming the decision, once.
 */
class GroupHoldReviewTest {
  private static final SessionId S1 = SessionId.of("s1");
  private static final ProposalId REVIEW = ProposalId.of("review");

  static GovernanceSettings byTheGroup() {
    return GovernanceSettings.custom().flagThreshold(2).holdReviewer(HoldReviewer.GROUP).build();
  }

  /** Carol's hostile contribution 1 held by the flags of bob and the advisor. */
  static GroupFixture held() {
    return FlagsAndHoldsTest.session(byTheGroup())
        .and(Care.flag(BOB, "s1", 1))
        .and(Care.flag(DR_EVANS, "s1", 1));
  }

  /** The same, with alice's proposal to restore it open. */
  static GroupFixture reviewOpen(boolean keep) {
    return held()
        .and(Groups.draft(ALICE, "review", Care.groupReview("s1", 1, CAROL, keep)))
        .and(Groups.open(ALICE, "review"));
  }

  @Test
  void should_leave_the_author_and_the_flaggers_out_of_the_count_but_let_them_speak() {
    GroupFixture f = reviewOpen(false);
    Proposal p = f.state.proposal(REVIEW).orElseThrow();
    assertThat(p.electorate()).containsExactly(ALICE, DANA);
    assertThat(p.procedure().orElseThrow())
        .isEqualTo(byTheGroup().procedureFor(p.content().decisionKind()));

    f.when(Groups.comment(CAROL, "review", "I meant it as a joke; I am sorry.", false))
        .thenEvents(ProposalCommented.class);
    f.when(Groups.comment(BOB, "review", "It hurt.", false)).thenEvents(ProposalCommented.class);
    f.when(Groups.agree(CAROL, "review")).thenRejected(Rejections.notInElectorate(CAROL, REVIEW));
    f.when(Groups.agree(BOB, "review")).thenRejected(Rejections.notInElectorate(BOB, REVIEW));
  }

  @Test
  void should_restore_the_contribution_when_the_group_decides_so_naming_the_decision() {
    GroupFixture f =
        reviewOpen(false).and(Groups.agree(ALICE, "review")).and(Groups.agree(DANA, "review"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "review")).thenEvents(ProposalDecided.class, HoldReviewed.class);

    HoldReviewed r = then.event(1, HoldReviewed.class);
    assertThat(r.kept()).isFalse();
    assertThat(r.decidedBy()).contains(REVIEW);
    assertThat(r.reason()).isEqualTo("Read in context it is a joke between friends.");
    assertThat(r.actor()).isEqualTo(ALICE);
    ContributionFlags flags = then.state().flagsOf(S1, 1).orElseThrow();
    assertThat(flags.hold()).isEqualTo(HoldStatus.RELEASED);
    assertThat(then.state().isHidden(S1, 1)).isFalse();
    assertThat(FlagsAndHoldsTest.contributionsInLog(f.log))
        .contains("Only an idiot would say that, Bob.");
  }

  @Test
  void should_keep_the_contribution_hidden_when_the_group_decides_so() {
    GroupFixture f =
        reviewOpen(true).and(Groups.agree(ALICE, "review")).and(Groups.agree(DANA, "review"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "review")).thenEvents(ProposalDecided.class, HoldReviewed.class);

    assertThat(then.event(1, HoldReviewed.class).kept()).isTrue();
    assertThat(then.state().flagsOf(S1, 1).orElseThrow().hold()).isEqualTo(HoldStatus.KEPT);
    assertThat(then.state().isHidden(S1, 1)).isTrue();
  }

  @Test
  void should_leave_the_hold_pending_when_the_group_does_not_adopt_a_review() {
    GroupFixture f =
        reviewOpen(false)
            .and(Groups.agree(ALICE, "review"))
            .and(Groups.object(DANA, "review", "Calling a member an idiot is not a joke."));

    f.when(Groups.close(ALICE, "review")).thenEvents(ProposalDecided.class);

    assertThat(f.state.flagsOf(S1, 1).orElseThrow().hold()).isEqualTo(HoldStatus.HELD);
  }

  @Test
  void should_review_a_hold_once_even_when_two_reviews_are_open() {
    GroupFixture f =
        reviewOpen(true)
            .and(Groups.draft(DANA, "again", Care.groupReview("s1", 1, CAROL, false)))
            .and(Groups.open(DANA, "again"))
            .and(Groups.draft(DANA, "late", Care.groupReview("s1", 1, CAROL, false)))
            .and(Groups.agree(ALICE, "review"))
            .and(Groups.agree(DANA, "review"))
            .and(Groups.close(ALICE, "review"))
            .and(Groups.agree(ALICE, "again"))
            .and(Groups.agree(DANA, "again"));

    f.when(Groups.close(DANA, "again")).thenEvents(ProposalDecided.class);
    assertThat(f.state.flagsOf(S1, 1).orElseThrow().hold()).isEqualTo(HoldStatus.KEPT);
    f.when(Groups.open(DANA, "late"))
        .thenRejected(CareDecisions.holdInWrongState(S1, 1, HoldStatus.KEPT));
    f.when(Groups.draft(DANA, "later", Care.groupReview("s1", 1, CAROL, false)))
        .thenRejected(CareDecisions.holdInWrongState(S1, 1, HoldStatus.KEPT));
  }

  @Test
  void should_refuse_a_facilitators_review_when_the_group_reviews_its_holds() {
    GroupFixture f = held();

    f.when(Care.review(FlagsAndHoldsTest.facilitator(f), "s1", 1, true))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "the group reviews its holds (governance setting holdReviewer GROUP): propose a"
                + " hold-review instead");
  }

  @Test
  void should_refuse_a_group_review_when_a_facilitator_reviews_the_holds() {
    GroupFixture f =
        FlagsAndHoldsTest.session().and(Care.flag(BOB, "s1", 1)).and(Care.flag(DANA, "s1", 1));

    f.when(Groups.draft(ALICE, "review", Care.groupReview("s1", 1, CAROL, false)))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "a facilitator reviews the group's holds (governance setting holdReviewer"
                + " FACILITATOR); the group reviews them by a proposal only when it is GROUP");
  }

  @Test
  void should_refuse_a_review_of_no_held_contribution_or_of_the_wrong_author_saying_where() {
    GroupFixture f = held();

    f.when(Groups.draft(ALICE, "r", Care.groupReview("s1", 3, CAROL, false)))
        .thenRejected(
            RejectionReason.INVALID,
            "$.content.number: session s1 has no contribution 3; it has 2 contributions");
    f.when(Groups.draft(ALICE, "r", Care.groupReview("s9", 1, CAROL, false)))
        .thenRejected(
            RejectionReason.INVALID, "$.content.sessionId: there is no session s9 in the group");
    f.when(Groups.draft(ALICE, "r", Care.groupReview("s1", 1, GUEST, false)))
        .thenRejected(
            RejectionReason.INVALID,
            "$.content.author: visitor did not attend session s1, so did not write contribution 1");
    f.when(Groups.draft(ALICE, "r", Care.groupReview("s1", 2, BOB, false)))
        .thenRejected(CareDecisions.holdInWrongState(S1, 2, HoldStatus.NOT_HELD));
    f.when(
            Groups.draft(
                ALICE,
                "r",
                HoldReview.builder()
                    .sessionId(S1)
                    .number(1)
                    .author(CAROL)
                    .keep(true)
                    .reason(" ")
                    .build()))
        .thenRejected(Rejections.blank("$.content.reason"));
  }

  @Test
  void should_refuse_a_flag_while_the_groups_review_of_the_contribution_is_open() {
    GroupFixture f = reviewOpen(false);

    f.when(Care.flag(DANA, "s1", 1))
        .thenRejected(
            Rejections.wrongState(
                "contribution 1 of session s1 is under the group's review (proposal review); it"
                    + " takes no flags until that is decided",
                ProposalStatus.OPEN));
  }

  @Test
  void should_refuse_to_replay_a_review_the_group_did_not_decide() {
    GroupFixture f = reviewOpen(false);
    GroupEvent forged =
        ImmutableHoldReviewed.builder()
            .sequence(f.state.version() + 1)
            .groupId(Groups.GROUP)
            .actor(ALICE)
            .at(f.clock.instant())
            .sessionId(S1)
            .number(1)
            .kept(false)
            .reason("Read in context it is a joke between friends.")
            .decidedBy(REVIEW)
            .build();

    assertThatThrownBy(() -> f.engine.evolve(f.state, forged))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it carries out proposal review, which the log never adopted");
  }
}
