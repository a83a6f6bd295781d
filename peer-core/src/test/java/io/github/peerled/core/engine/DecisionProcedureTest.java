package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.decision.TieRule;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision procedures as the engine runs them. Logistics proposals are used throughout; the
 * group's procedure for logistics is set per test.
 */
class DecisionProcedureTest {
  private static final MemberId ERIN = MemberId.of("erin");

  /** A group of five peers (three founders, dana and erin) deciding logistics by a procedure. */
  private static GroupFixture groupOfFive(DecisionProcedure logistics) {
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.LOGISTICS, logistics).build();
    return GroupFixture.given(Groups.founded(settings))
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.join(ERIN, Standing.NEWCOMER, 1))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"));
  }

  private static Tally closeAfterDiscussion(GroupFixture f, List<GroupCommand> stances) {
    f.and(stances).after(Duration.ofDays(3));
    GroupFixture.Then then = f.when(Groups.close(BOB, "p1"));
    assertThat(then.result().rejection()).isEmpty();
    return then.event(0, ProposalDecided.class).tally();
  }

  private static GroupCommand stance(MemberId who, StanceKind kind) {
    return Groups.stance(
        who, "p1", kind, kind == StanceKind.OBJECT ? "It does not work for me." : "");
  }

  @Test
  void should_adopt_by_consent_unless_someone_objects() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.CONCERN),
                stance(CAROL, StanceKind.ABSTAIN)));

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("no member objected");
    assertThat(f.log.get(f.log.size() - 1)).isInstanceOf(MeetingPlanChanged.class);
  }

  @Test
  void should_not_adopt_by_consent_with_one_reasoned_objection() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.AGREE),
                stance(CAROL, StanceKind.AGREE),
                stance(DANA, StanceKind.OBJECT)));

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("1 member(s) objected");
  }

  @Test
  void should_require_a_reason_for_an_objection() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());

    f.when(Groups.stance(DANA, "p1", StanceKind.OBJECT, ""))
        .thenRejected(Rejections.objectionNeedsReason());
    f.when(Groups.stance(DANA, "p1", StanceKind.OBJECT, "   "))
        .thenRejected(Rejections.objectionNeedsReason());
  }

  @Test
  void should_let_a_member_change_their_stance_while_the_proposal_is_open() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());
    f.and(stance(DANA, StanceKind.OBJECT));

    f.when(stance(DANA, StanceKind.AGREE)).thenEvents(StanceTaken.class);

    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().stanceOf(DANA))
        .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(StanceKind.AGREE));
    Tally t =
        closeAfterDiscussion(
            f, List.of(stance(ALICE, StanceKind.AGREE), stance(BOB, StanceKind.AGREE)));
    assertThat(t.object()).isZero();
    assertThat(t.agree()).isEqualTo(3);
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_adopt_by_consensus_only_if_everyone_who_took_a_stance_agrees() {
    GroupFixture f = groupOfFive(DecisionProcedure.consensus());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.CONCERN),
                stance(CAROL, StanceKind.ABSTAIN)));

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("everyone who took a stance agreed");
  }

  @Test
  void should_let_one_block_stop_a_consensus() {
    GroupFixture f = groupOfFive(DecisionProcedure.consensus());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.AGREE),
                stance(CAROL, StanceKind.AGREE),
                stance(DANA, StanceKind.AGREE),
                stance(ERIN, StanceKind.OBJECT)));

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("1 member(s) blocked");
  }

  @Test
  void should_not_adopt_a_majority_tie_by_default() {
    GroupFixture f = groupOfFive(DecisionProcedure.majority());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.AGREE),
                stance(CAROL, StanceKind.OBJECT),
                stance(DANA, StanceKind.OBJECT),
                stance(ERIN, StanceKind.ABSTAIN)));

    assertThat(t.tie()).isTrue();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("tied 2 to 2; it needs more discussion");
  }

  @Test
  void should_adopt_a_majority_tie_when_the_tie_rule_says_so() {
    GroupFixture f =
        groupOfFive(
            ImmutableDecisionProcedure.builder()
                .method(DecisionMethod.MAJORITY)
                .tieRule(TieRule.ADOPTED)
                .build());

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(CAROL, StanceKind.OBJECT),
                stance(DANA, StanceKind.ABSTAIN)));

    assertThat(t.tie()).isTrue();
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("tied 1 to 1; the tie rule adopts it");
  }

  @Test
  void should_adopt_by_supermajority_only_at_the_threshold() {
    GroupFixture f = groupOfFive(DecisionProcedure.supermajority(0.75));

    Tally t =
        closeAfterDiscussion(
            f,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.AGREE),
                stance(CAROL, StanceKind.AGREE),
                stance(DANA, StanceKind.OBJECT),
                stance(ERIN, StanceKind.ABSTAIN)));

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation()).isEqualTo("3 of 4 agreed, 3 needed");

    GroupFixture g = groupOfFive(DecisionProcedure.supermajority(0.75));
    Tally u =
        closeAfterDiscussion(
            g,
            List.of(
                stance(ALICE, StanceKind.AGREE),
                stance(BOB, StanceKind.AGREE),
                stance(DANA, StanceKind.OBJECT)));
    assertThat(u.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(u.explanation()).isEqualTo("2 of 3 agreed, 3 needed");
  }

  @Test
  void should_let_the_proposer_decide_under_the_advice_process_after_consulting() {
    GroupFixture f = groupOfFive(DecisionProcedure.adviceProcess());
    f.and(stance(BOB, StanceKind.OBJECT))
        .and(stance(CAROL, StanceKind.CONCERN))
        .and(stance(DANA, StanceKind.AGREE))
        .after(Duration.ofDays(3));

    f.when(Groups.decide(BOB, "p1", true))
        .thenRejected(
            Rejections.onlyProposer(
                MemberId.of("bob"), ProposalId.of("p1"), "decide it under the advice process"));
    f.when(Groups.close(ALICE, "p1"))
        .thenRejected(
            RejectionReason.INVALID,
            "under the advice process the proposer closes with their decision (adopt true or"
                + " false)");
    Tally t =
        f.when(Groups.decide(ALICE, "p1", true))
            .thenEvents(ProposalDecided.class, MeetingPlanChanged.class)
            .event(0, ProposalDecided.class)
            .tally();

    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(t.explanation())
        .isEqualTo("the proposer decided to adopt it after 3 member(s) gave advice");
  }

  @Test
  void should_let_the_proposer_decide_against_under_the_advice_process() {
    GroupFixture f = groupOfFive(DecisionProcedure.adviceProcess());
    f.and(stance(BOB, StanceKind.OBJECT))
        .and(stance(CAROL, StanceKind.OBJECT))
        .and(stance(DANA, StanceKind.AGREE))
        .after(Duration.ofDays(3));

    Tally t =
        f.when(Groups.decide(ALICE, "p1", false))
            .thenEvents(ProposalDecided.class)
            .event(0, ProposalDecided.class)
            .tally();

    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation())
        .isEqualTo("the proposer decided not to adopt it after 3 member(s) gave advice");
  }

  @Test
  void should_refuse_a_closer_decision_outside_the_advice_process() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent()).after(Duration.ofDays(3));

    f.when(Groups.decide(ALICE, "p1", true))
        .thenRejected(
            RejectionReason.INVALID,
            "only under the advice process does the closer give a decision; here the tally"
                + " decides");
  }

  @Test
  void should_count_quorum_on_those_who_took_a_stance() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());

    Tally t =
        closeAfterDiscussion(
            f, List.of(stance(ALICE, StanceKind.AGREE), stance(BOB, StanceKind.ABSTAIN)));

    assertThat(t.electorate()).isEqualTo(5);
    assertThat(t.participated()).isEqualTo(2);
    assertThat(t.quorumRequired()).isEqualTo(3);
    assertThat(t.quorumMet()).isFalse();
    assertThat(t.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(t.explanation()).isEqualTo("quorum not met: 2 of 5 took part, 3 needed");
  }

  @Test
  void should_not_take_silence_for_consent_unless_the_settings_say_so() {
    List<GroupCommand> stances =
        List.of(
            stance(ALICE, StanceKind.AGREE),
            stance(BOB, StanceKind.OBJECT),
            stance(CAROL, StanceKind.OBJECT));

    Tally no = closeAfterDiscussion(groupOfFive(DecisionProcedure.majority()), stances);
    assertThat(no.silent()).isEqualTo(2);
    assertThat(no.silenceCountedAsConsent()).isFalse();
    assertThat(no.participated()).isEqualTo(3);
    assertThat(no.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(no.explanation()).isEqualTo("1 agreed, 2 objected");

    DecisionProcedure silenceConsents =
        ImmutableDecisionProcedure.builder()
            .method(DecisionMethod.MAJORITY)
            .silenceIsConsent(true)
            .build();
    Tally yes = closeAfterDiscussion(groupOfFive(silenceConsents), stances);
    assertThat(yes.silent()).isEqualTo(2);
    assertThat(yes.silenceCountedAsConsent()).isTrue();
    assertThat(yes.participated()).isEqualTo(5);
    assertThat(yes.outcome()).isEqualTo(Outcome.ADOPTED);
    assertThat(yes.explanation()).isEqualTo("3 agreed, 2 objected");
  }

  @Test
  void should_freeze_the_electorate_when_the_proposal_opens() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());
    MemberId late = MemberId.of("frank");
    f.and(Groups.join(late, Standing.NEWCOMER, 1));

    f.when(Groups.agree(late, "p1"))
        .thenRejected(Rejections.notInElectorate(MemberId.of("frank"), ProposalId.of("p1")));
    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().electorate())
        .containsExactly(ALICE, BOB, CAROL, DANA, ERIN);
  }

  @Test
  void should_leave_the_member_a_decision_is_about_out_of_the_electorate() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(DANA, "p1", Groups.standing(DANA, Standing.MEMBER)))
            .and(Groups.open(DANA, "p1"));

    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().electorate())
        .containsExactly(ALICE, BOB, CAROL);
    f.when(Groups.agree(DANA, "p1"))
        .thenRejected(Rejections.notInElectorate(MemberId.of("dana"), ProposalId.of("p1")));
  }

  @Test
  void should_not_let_anyone_close_during_the_discussion_period_while_someone_is_silent() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());
    f.and(stance(ALICE, StanceKind.AGREE))
        .and(stance(BOB, StanceKind.AGREE))
        .and(stance(CAROL, StanceKind.AGREE))
        .and(stance(DANA, StanceKind.AGREE))
        .after(Duration.ofDays(3).minusSeconds(1));

    f.when(Groups.close(ALICE, "p1"))
        .thenRejected(
            Rejections.tooEarlyToClose(ProposalId.of("p1"), Instant.parse("2026-01-08T18:30:00Z")));

    f.after(Duration.ofSeconds(1));
    f.when(Groups.close(ALICE, "p1")).thenEvents(ProposalDecided.class, MeetingPlanChanged.class);
  }

  @Test
  void should_let_a_decision_close_early_once_everyone_in_the_electorate_took_a_stance() {
    GroupFixture f = groupOfFive(DecisionProcedure.consent());
    List<GroupCommand> everyone = new ArrayList<>();
    for (MemberId m : List.of(ALICE, BOB, CAROL, DANA, ERIN)) {
      everyone.add(stance(m, StanceKind.AGREE));
    }
    f.and(everyone);

    f.when(Groups.close(ERIN, "p1")).thenEvents(ProposalDecided.class, MeetingPlanChanged.class);
  }

  @Test
  void should_give_the_facilitator_no_extra_vote_and_no_early_close() {
    GroupFixture f = groupOfFive(DecisionProcedure.majority());
    f.and(Groups.schedule(CAROL, "s1", Groups.START.plus(Duration.ofDays(1))))
        .and(Groups.start(CAROL, "s1", ALICE, BOB, CAROL));
    MemberId facilitator =
        f.state
            .session(io.github.peerled.core.session.SessionId.of("s1"))
            .orElseThrow()
            .facilitator()
            .orElseThrow();
    assertThat(facilitator).isEqualTo(ALICE);

    f.and(stance(ALICE, StanceKind.OBJECT))
        .and(stance(BOB, StanceKind.AGREE))
        .and(stance(CAROL, StanceKind.AGREE));
    f.when(Groups.close(ALICE, "p1")).thenRejected(RejectionReason.NOT_PERMITTED);

    f.after(Duration.ofDays(3));
    Tally t = f.when(Groups.close(ALICE, "p1")).event(0, ProposalDecided.class).tally();
    assertThat(t.object()).isEqualTo(1);
    assertThat(t.agree()).isEqualTo(2);
    assertThat(t.outcome()).isEqualTo(Outcome.ADOPTED);
  }
}
