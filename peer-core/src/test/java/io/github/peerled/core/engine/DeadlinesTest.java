package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.ImmutableProposalExpired;
import io.github.peerled.core.event.ProposalClosingSoon;
import io.github.peerled.core.event.ProposalExpired;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines as events: the undecided, closing soon, expiry, and when the next deadline falls. */
class DeadlinesTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  /** Logistics under majority: 3 days of discussion, a deadline of 30 days, closing soon 1 day. */
  private static final Instant CLOSING_SOON = Groups.START.plus(Duration.ofDays(29));

  private static final Instant EXPIRES = Groups.START.plus(Duration.ofDays(30));

  /** A founded group (alice, bob, carol) with dana a newcomer, and p1 open since the start. */
  private static GroupFixture opened() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"));
  }

  private static CheckDeadlines check(MemberId who) {
    return CheckDeadlines.builder().actor(who).build();
  }

  private static GroupFixture at(GroupFixture f, Instant instant) {
    return f.after(Duration.between(f.clock.instant(), instant));
  }

  @Test
  void should_name_the_undecided_of_an_open_proposal() {
    // given p1 open, bob agreed and carol left
    GroupFixture f =
        opened().and(Groups.stance(BOB, "p1", StanceKind.AGREE, "")).and(Groups.leave(CAROL));

    // then the undecided are the active peers of its electorate without a stance
    assertThat(f.state.undecided(P1)).containsExactly(ALICE, DANA);
  }

  @Test
  void should_name_nobody_undecided_on_a_draft_and_refuse_an_unknown_proposal() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));

    assertThat(f.state.undecided(P1)).isEmpty();
    assertThatThrownBy(() -> f.state.undecided(ProposalId.of("p9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group diabetes-town-hall has no proposal p9");
  }

  @Test
  void should_announce_closing_soon_once_naming_the_undecided() {
    // given p1 open, bob agreed, and the closing-soon window begun
    GroupFixture f = opened().and(Groups.stance(BOB, "p1", StanceKind.AGREE, ""));
    at(f, CLOSING_SOON);

    // when the deadlines are checked
    ProposalClosingSoon soon =
        f.when(check(CAROL))
            .thenEvents(ProposalClosingSoon.class)
            .event(0, ProposalClosingSoon.class);

    // then the announcement names who has not taken a stance, and is marked on the proposal
    assertThat(soon.proposalId()).isEqualTo(P1);
    assertThat(soon.expiresAt()).isEqualTo(EXPIRES);
    assertThat(soon.undecided()).containsExactly(ALICE, CAROL, DANA);
    assertThat(f.state.proposal(P1).orElseThrow().closingSoonNoticedAt()).contains(CLOSING_SOON);
    assertThat(f.state.proposal(P1).orElseThrow().statusAt(f.clock.instant()))
        .isEqualTo(ProposalStatus.OPEN);

    // and the same check again records nothing new
    f.when(check(CAROL))
        .thenRejected(
            RejectionReason.WRONG_STATE,
            "nothing has fallen due by "
                + CLOSING_SOON
                + "; the next deadline falls at "
                + EXPIRES);
  }

  @Test
  void should_refuse_a_check_when_nothing_is_due_yet() {
    GroupFixture f = opened().after(Duration.ofDays(2));

    Rejection r = f.when(check(ALICE)).thenRejected(RejectionReason.WRONG_STATE);

    assertThat(r.message()).endsWith("the next deadline falls at " + CLOSING_SOON);
    assertThat(r.currentState()).contains(DeadlineStatus.NOTHING_DUE);
    assertThat(r.expectedStates()).containsExactly(DeadlineStatus.DEADLINE_DUE);
  }

  @Test
  void should_expire_an_open_proposal_past_its_deadline_and_let_it_leave_the_active_ones() {
    // given p1 open, announced as closing soon, with carol's stance, and its deadline passed
    GroupFixture f = opened();
    at(f, CLOSING_SOON).and(check(ALICE)).and(Groups.stance(CAROL, "p1", StanceKind.OBJECT, "No."));
    at(f, EXPIRES);

    // when the deadlines are checked
    ProposalExpired expired =
        f.when(check(BOB)).thenEvents(ProposalExpired.class).event(0, ProposalExpired.class);

    // then it expired, not adopted, without a tally, and left the active proposals
    assertThat(expired.undecided()).containsExactly(ALICE, BOB, DANA);
    assertThat(f.state.activeProposals()).isEmpty();
    Proposal p = f.state.proposal(P1).orElseThrow();
    assertThat(f.state.pastProposals()).containsKey(P1);
    assertThat(p.expiredAt()).contains(EXPIRES);
    assertThat(p.tally()).isEmpty();
    assertThat(p.stances()).hasSize(1);
    assertThat(p.statusAt(EXPIRES)).isEqualTo(ProposalStatus.EXPIRED);
    assertThat(f.state.nextDeadline()).isEmpty();

    // and nobody can close it any more, nor is it checked again
    f.when(Groups.close(ALICE, "p1")).thenRejected(RejectionReason.WRONG_STATE);
    f.when(check(BOB))
        .thenRejected(
            RejectionReason.WRONG_STATE, "nothing has fallen due by " + EXPIRES + "; none is set");
  }

  @Test
  void should_only_expire_a_proposal_whose_check_comes_after_its_deadline() {
    // given p1 open and never checked until well past its deadline
    GroupFixture f = opened().after(Duration.ofDays(45));

    // then the check records the expiry alone, not a closing soon that is past
    f.when(check(ALICE)).thenEvents(ProposalExpired.class);
  }

  @Test
  void should_tell_when_the_next_deadline_falls() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    assertThat(f.state.nextDeadline()).as("nothing open").isEmpty();

    f.and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));
    assertThat(f.state.nextDeadline()).as("a draft has no deadline").isEmpty();

    f.and(Groups.open(ALICE, "p1"));
    assertThat(f.state.nextDeadline()).as("open").contains(CLOSING_SOON);

    at(f, CLOSING_SOON).and(check(ALICE));
    assertThat(f.state.nextDeadline()).as("announced").contains(EXPIRES);
  }

  @Test
  void should_announce_nothing_before_the_deadline_when_the_window_is_zero() {
    DecisionProcedure noNotice =
        ImmutableDecisionProcedure.copyOf(DecisionProcedure.majority())
            .withClosingSoon(Duration.ZERO);
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.LOGISTICS, noNotice).build();
    GroupFixture f =
        GroupFixture.given(Groups.founded(settings))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"));

    assertThat(f.state.nextDeadline()).contains(EXPIRES);
    at(f, CLOSING_SOON).when(check(ALICE)).thenRejected(RejectionReason.WRONG_STATE);
    at(f, EXPIRES).when(check(ALICE)).thenEvents(ProposalExpired.class);
  }

  @Test
  void should_refuse_a_deadline_check_from_an_advisor_a_guest_or_an_outsider() {
    GroupFixture f =
        opened()
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1));
    at(f, EXPIRES);

    for (MemberId who : List.of(DR_EVANS, GUEST, MemberId.of("zed"))) {
      f.when(check(who)).thenRejected(RejectionReason.NOT_PERMITTED);
    }
    assertThat(f.state.activeProposals()).hasSize(1);
  }

  @Test
  void should_check_as_of_an_earlier_instant_but_never_a_later_one() {
    GroupFixture f = opened();
    at(f, EXPIRES);
    Instant later = EXPIRES.plusSeconds(1);

    f.when(CheckDeadlines.builder().actor(ALICE).asOf(later).build())
        .thenRejected(
            RejectionReason.INVALID,
            "$.asOf: deadlines cannot be checked as of "
                + later
                + ", after the clock's instant "
                + EXPIRES);
    f.when(CheckDeadlines.builder().actor(ALICE).asOf(CLOSING_SOON).build())
        .thenEvents(ProposalClosingSoon.class);
  }

  @Test
  void should_refuse_a_log_that_expires_a_proposal_before_its_deadline() {
    // given the log of an opened proposal and an expiry forged a day early
    GroupFixture f = opened();
    List<io.github.peerled.core.event.GroupEvent> log = new java.util.ArrayList<>(f.log);
    GroupCommand any = check(ALICE);
    log.add(
        ImmutableProposalExpired.builder()
            .sequence(f.state.version() + 1)
            .groupId(Groups.GROUP)
            .actor(any.actor())
            .at(EXPIRES.minus(Duration.ofDays(1)))
            .proposalId(P1)
            .expiresAt(EXPIRES)
            .build());

    // then the replay refuses it
    assertThatThrownBy(() -> f.engine.replay(Groups.GROUP, log))
        .hasMessageContaining("proposal p1 expires at " + EXPIRES);
  }
}
