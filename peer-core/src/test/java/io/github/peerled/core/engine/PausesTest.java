package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.MembershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.MemberPaused;
import io.github.peerled.core.event.PauseEnded;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Pause;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.ContributionKind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Asking a member to pause or to leave is a membership decision about them: they may speak but are
 * left out of its count; a pause ends by itself, or early when the group grants an appeal.
 */
class PausesTest {
  private static final String REASON = "Repeated personal attacks on other members.";
  private static final Instant UNTIL = Groups.START.plus(Duration.ofDays(30));

  /** A group of four (dana a newcomer) with a proposal to pause dana open. */
  static GroupFixture pauseOpen() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.draft(ALICE, "other", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "other"))
        .and(Groups.draft(ALICE, "pause", Care.pause(DANA, UNTIL, REASON)))
        .and(Groups.open(ALICE, "pause"));
  }

  /** The same, the pause decided. */
  static GroupFixture paused() {
    return pauseOpen()
        .and(Groups.agree(ALICE, "pause"))
        .and(Groups.agree(BOB, "pause"))
        .and(Groups.agree(CAROL, "pause"))
        .and(Groups.close(ALICE, "pause"));
  }

  @Test
  void should_leave_the_member_concerned_out_of_the_count_but_let_them_speak() {
    GroupFixture f = pauseOpen();
    Proposal p = f.state.proposal(ProposalId.of("pause")).orElseThrow();
    assertThat(p.electorate()).containsExactly(ALICE, BOB, CAROL);

    f.when(Groups.comment(DANA, "pause", "I was having a hard month; I am sorry.", false))
        .thenEvents(ProposalCommented.class);
    f.when(Groups.agree(DANA, "pause")).thenRejected(Rejections.notInElectorate(DANA, p.id()));
  }

  @Test
  void should_pause_the_member_with_the_groups_reason_and_end_date_once_the_group_decides() {
    GroupFixture f = pauseOpen().and(Groups.agree(ALICE, "pause")).and(Groups.agree(BOB, "pause"));
    f.and(Groups.agree(CAROL, "pause"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "pause")).thenEvents(ProposalDecided.class, MemberPaused.class);

    MemberPaused e = then.event(1, MemberPaused.class);
    assertThat(e.member()).isEqualTo(DANA);
    assertThat(e.until()).isEqualTo(UNTIL);
    assertThat(e.reason()).isEqualTo(REASON);
    assertThat(e.decidedBy()).isEqualTo(ProposalId.of("pause"));
    Pause pause = then.state().pauseOf(DANA, then.decidedAt()).orElseThrow();
    assertThat(pause.reason()).isEqualTo(REASON);
    assertThat(pause.until()).isEqualTo(UNTIL);
    assertThat(pause.since()).isEqualTo(then.decidedAt());
    assertThat(then.state().nextDeadline()).isPresent();
    assertThat(then.state().nextDeadline().orElseThrow()).isBeforeOrEqualTo(UNTIL);
    assertThat(then.state().member(DANA).orElseThrow().isActive())
        .as("a paused member stays a member")
        .isTrue();
  }

  @Test
  void
      should_refuse_stances_contributions_and_flags_of_a_paused_member_saying_why_and_until_when() {
    GroupFixture f =
        paused()
            .and(Groups.schedule(BOB, "s1", Groups.START.plus(Duration.ofDays(2))))
            .and(Groups.start(BOB, "s1", ALICE, BOB, CAROL));
    Pause pause = f.state.pauseOf(DANA, f.clock.instant()).orElseThrow();

    f.when(Groups.agree(DANA, "other"))
        .thenRejected(CareDecisions.paused(pause, "take a stance that counts"));
    f.when(Groups.say(DANA, "s1", ContributionKind.SHARING, "Hello again."))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "dana is paused until "
                + UNTIL
                + " ("
                + REASON
                + "); while paused a member may comment on proposals, appeal the pause, leave or"
                + " be forgotten, but not contribute to a session");
    f.when(Groups.say(ALICE, "s1", ContributionKind.SHARING, "Welcome, all."));
    f.when(Care.flag(DANA, "s1", 1))
        .thenRejected(CareDecisions.paused(pause, "flag a contribution"));
    f.when(Groups.draft(DANA, "p", Groups.logistics("Fridays")))
        .thenRejected(CareDecisions.paused(pause, "propose a binding change"));
    f.when(Groups.comment(DANA, "other", "Tuesdays suit me.", false))
        .thenEvents(ProposalCommented.class);
  }

  @Test
  void should_leave_a_paused_member_out_of_proposals_opened_during_the_pause() {
    GroupFixture f =
        paused()
            .and(Groups.draft(BOB, "later", Groups.logistics("Fridays")))
            .and(Groups.open(BOB, "later"));

    assertThat(f.state.proposal(ProposalId.of("later")).orElseThrow().electorate())
        .containsExactly(ALICE, BOB, CAROL);
  }

  @Test
  void should_end_a_pause_by_itself_at_its_end_date_once() {
    GroupFixture f = paused();
    f.clock.advance(Duration.between(f.clock.instant(), UNTIL).minusSeconds(1));
    assertThat(f.state.pauseOf(DANA, f.clock.instant())).isPresent();
    f.after(Duration.ofSeconds(1));
    assertThat(f.state.pauseOf(DANA, f.clock.instant()))
        .as("the pause is over at its end date, before any check records it")
        .isEmpty();

    GroupFixture.Then then =
        f.when(CheckDeadlines.builder().actor(BOB).build())
            .thenEvents(io.github.peerled.core.event.ProposalExpired.class, PauseEnded.class);

    PauseEnded e = then.event(1, PauseEnded.class);
    assertThat(e.member()).isEqualTo(DANA);
    assertThat(e.until()).isEqualTo(UNTIL);
    assertThat(e.endedEarlyBy()).isEmpty();
    assertThat(then.state().pauses()).isEmpty();
    f.when(CheckDeadlines.builder().actor(BOB).build())
        .thenRejected(RejectionReason.WRONG_STATE)
        .currentState()
        .ifPresent(s -> assertThat(s).isEqualTo(DeadlineStatus.NOTHING_DUE));
    f.when(Groups.draft(DANA, "back", Groups.logistics("Fridays")))
        .thenEvents(io.github.peerled.core.event.ProposalDrafted.class);
  }

  @Test
  void should_end_a_pause_early_when_the_group_grants_the_members_appeal() {
    GroupFixture f =
        paused()
            .and(Groups.draft(DANA, "appeal", Care.endPause(DANA)))
            .and(Groups.open(DANA, "appeal"));
    assertThat(f.state.proposal(ProposalId.of("appeal")).orElseThrow().electorate())
        .containsExactly(ALICE, BOB, CAROL);
    f.and(Groups.agree(ALICE, "appeal"))
        .and(Groups.agree(BOB, "appeal"))
        .and(Groups.agree(CAROL, "appeal"));

    GroupFixture.Then then =
        f.when(Groups.close(DANA, "appeal")).thenEvents(ProposalDecided.class, PauseEnded.class);

    assertThat(then.event(1, PauseEnded.class).endedEarlyBy()).contains(ProposalId.of("appeal"));
    assertThat(then.state().pauseOf(DANA, then.decidedAt())).isEmpty();
    f.when(Groups.agree(DANA, "other")).thenEvents(io.github.peerled.core.event.StanceTaken.class);
  }

  @Test
  void should_refuse_an_appeal_of_someone_else_by_a_paused_member_and_a_pause_out_of_order() {
    GroupFixture f = paused();
    Pause pause = f.state.pauseOf(DANA, f.clock.instant()).orElseThrow();

    f.when(Groups.draft(DANA, "x", Care.endPause(BOB)))
        .thenRejected(CareDecisions.paused(pause, "propose a binding change"));
    f.when(Groups.draft(ALICE, "x", Care.endPause(BOB)))
        .thenRejected(RejectionReason.INVALID, "bob is not paused");
    f.when(Groups.draft(ALICE, "x", Care.pause(BOB, Groups.START, REASON)))
        .thenRejected(
            RejectionReason.INVALID,
            "$.content.pauseUntil: a pause ends after it is proposed ("
                + f.clock.instant()
                + "), was "
                + Groups.START);
    f.when(
            Groups.draft(
                ALICE, "x", MembershipChange.builder().member(BOB).pauseUntil(UNTIL).build()))
        .thenRejected(Rejections.blank("$.content.reason"));
    assertThatThrownBy(
            () -> MembershipChange.builder().member(BOB).pauseUntil(UNTIL).remove(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a membership change gives exactly one of a new standing, remove=true, pauseUntil and"
                + " endPause=true");
  }

  @Test
  void should_ask_a_member_to_leave_with_the_groups_reason() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "leave", Care.askToLeave(DANA, REASON)))
            .and(Groups.open(ALICE, "leave"))
            .and(Groups.stance(ALICE, "leave", StanceKind.AGREE, ""))
            .and(Groups.agree(BOB, "leave"))
            .and(Groups.agree(CAROL, "leave"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "leave")).thenEvents(ProposalDecided.class, MemberLeft.class);

    MemberLeft left = then.event(1, MemberLeft.class);
    assertThat(left.removedBy()).contains(ProposalId.of("leave"));
    assertThat(left.reason()).contains(REASON);
    assertThat(then.state().member(DANA).orElseThrow().isActive()).isFalse();
  }
}
