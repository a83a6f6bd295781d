package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableLeadershipChange;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.event.ProposalWithdrawn;
import io.github.peerled.core.event.RoleAssigned;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableReorderClauses;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalLifecycleTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  private static GroupFixture founded() {
    return GroupFixture.given(Groups.founded());
  }

  private static ProposalStatus status(GroupFixture f, String id) {
    return f.state.proposal(ProposalId.of(id)).orElseThrow().statusAt(f.clock.instant());
  }

  @Test
  void should_draft_a_proposal() {
    GroupFixture f = founded();

    f.when(Groups.draft(BOB, "p1", Groups.addClause(1, "breaks", "We take a break midway.")))
        .thenEvents(ProposalDrafted.class);

    Proposal p = f.state.proposal(P1).orElseThrow();
    assertThat(p.proposer()).isEqualTo(BOB);
    assertThat(p.draftedAt()).isEqualTo(Groups.START);
    assertThat(p.statusAt(Groups.START)).isEqualTo(ProposalStatus.DRAFT);
  }

  @Test
  void should_refuse_a_proposal_before_guidelines_are_in_force() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));

    f.when(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .thenRejected(Rejections.noGuidelinesYet("a proposal"));
  }

  @Test
  void should_refuse_a_proposal_id_in_use_or_a_blank_title() {
    GroupFixture f = founded().and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));

    f.when(Groups.draft(BOB, "p1", Groups.logistics("Mondays")))
        .thenRejected(Rejections.idInUse("proposal", ProposalId.of("p1")));
    f.when(
            io.github.peerled.core.command.ImmutableDraftProposal.builder()
                .actor(BOB)
                .proposalId(ProposalId.of("p2"))
                .title("  ")
                .content(Groups.logistics("Mondays"))
                .build())
        .thenRejected(Rejections.blank("title"));
  }

  @Test
  void should_refuse_a_draft_based_on_an_outdated_version_as_a_conflict() {
    GroupFixture f = founded().and(Groups.adopted("p1", Groups.addClause(1, "breaks", "Breaks.")));

    f.when(Groups.draft(BOB, "p2", Groups.addClause(1, "tea", "We bring tea.")))
        .thenRejected(Rejections.staleBase(ProposalId.of("p2"), 1, 2));
  }

  @Test
  void should_refuse_to_open_a_proposal_whose_version_was_overtaken() {
    GroupFixture f =
        founded()
            .and(Groups.draft(BOB, "p2", Groups.addClause(1, "tea", "We bring tea.")))
            .and(Groups.adopted("p1", Groups.addClause(1, "breaks", "Breaks.")));

    f.when(Groups.open(BOB, "p2")).thenRejected(Rejections.staleBase(ProposalId.of("p2"), 1, 2));
  }

  @Test
  void should_refuse_to_adopt_a_proposal_whose_version_was_overtaken_while_open() {
    GroupFixture f =
        founded()
            .and(Groups.draft(BOB, "p2", Groups.addClause(1, "tea", "We bring tea.")))
            .and(Groups.open(BOB, "p2"))
            .and(Groups.agree(ALICE, "p2"))
            .and(Groups.agree(BOB, "p2"))
            .and(Groups.agree(CAROL, "p2"))
            .and(Groups.adopted("p1", Groups.addClause(1, "breaks", "Breaks.")));

    f.when(Groups.close(BOB, "p2")).thenRejected(Rejections.staleBase(ProposalId.of("p2"), 1, 2));
    f.when(Groups.withdraw(BOB, "p2")).thenEvents(ProposalWithdrawn.class);
  }

  @Test
  void should_let_only_the_proposer_open_a_draft_once() {
    GroupFixture f = founded().and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));

    f.when(Groups.open(BOB, "p1"))
        .thenRejected(Rejections.onlyProposer(MemberId.of("bob"), ProposalId.of("p1"), "open it"));
    GroupFixture.Then opened = f.when(Groups.open(ALICE, "p1")).thenEvents(ProposalOpened.class);
    assertThat(opened.event(0, ProposalOpened.class).electorate())
        .containsExactly(ALICE, BOB, CAROL);
    assertThat(opened.event(0, ProposalOpened.class).procedure())
        .isEqualTo(DecisionProcedure.majority());
    assertThat(status(f, "p1")).isEqualTo(ProposalStatus.OPEN);

    Rejection r =
        f.when(Groups.open(ALICE, "p1"))
            .thenRejected(
                Rejections.proposalInWrongState(
                    ProposalId.of("p1"), ProposalStatus.OPEN, ProposalStatus.DRAFT));
    assertThat(r.currentState()).contains(ProposalStatus.OPEN);
    assertThat(r.expectedStates()).containsExactly(ProposalStatus.DRAFT);
  }

  @Test
  void should_refuse_to_act_on_an_unknown_proposal() {
    GroupFixture f = founded();

    f.when(Groups.open(ALICE, "nope"))
        .thenRejected(Rejections.unknownProposal(ProposalId.of("nope")));
    f.when(Groups.agree(ALICE, "nope"))
        .thenRejected(Rejections.unknownProposal(ProposalId.of("nope")));
    f.when(Groups.close(ALICE, "nope"))
        .thenRejected(Rejections.unknownProposal(ProposalId.of("nope")));
    f.when(Groups.withdraw(ALICE, "nope"))
        .thenRejected(Rejections.unknownProposal(ProposalId.of("nope")));
  }

  @Test
  void should_refuse_a_stance_on_a_draft() {
    GroupFixture f = founded().and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));

    f.when(Groups.agree(BOB, "p1"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p1"), ProposalStatus.DRAFT, ProposalStatus.OPEN));
  }

  @Test
  void should_let_the_proposer_withdraw_a_draft_or_an_open_proposal() {
    GroupFixture f =
        founded()
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.draft(ALICE, "p2", Groups.logistics("Mondays")))
            .and(Groups.open(ALICE, "p2"));

    f.when(Groups.withdraw(BOB, "p1"))
        .thenRejected(
            Rejections.onlyProposer(MemberId.of("bob"), ProposalId.of("p1"), "withdraw it"));
    f.when(Groups.withdraw(ALICE, "p1")).thenEvents(ProposalWithdrawn.class);
    f.when(Groups.withdraw(ALICE, "p2")).thenEvents(ProposalWithdrawn.class);

    assertThat(status(f, "p1")).isEqualTo(ProposalStatus.WITHDRAWN);
    assertThat(status(f, "p2")).isEqualTo(ProposalStatus.WITHDRAWN);
    assertThat(f.state.activeProposals()).isEmpty();
    f.when(Groups.withdraw(ALICE, "p1"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p1"),
                ProposalStatus.WITHDRAWN,
                ProposalStatus.DRAFT,
                ProposalStatus.OPEN));
    f.when(Groups.agree(BOB, "p2"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p2"), ProposalStatus.WITHDRAWN, ProposalStatus.OPEN));
  }

  @Test
  void should_expire_an_open_proposal_nobody_closed_by_its_deadline() {
    GroupFixture f =
        founded()
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"));

    f.after(Duration.ofDays(30).minusSeconds(1));
    assertThat(status(f, "p1")).isEqualTo(ProposalStatus.OPEN);
    f.after(Duration.ofSeconds(1));
    assertThat(status(f, "p1")).isEqualTo(ProposalStatus.EXPIRED);

    f.when(Groups.close(ALICE, "p1"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p1"), ProposalStatus.EXPIRED, ProposalStatus.OPEN));
    f.when(Groups.agree(CAROL, "p1"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p1"), ProposalStatus.EXPIRED, ProposalStatus.OPEN));
    f.when(Groups.comment(CAROL, "p1", "Too late?", false))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p1"),
                ProposalStatus.EXPIRED,
                ProposalStatus.DRAFT,
                ProposalStatus.OPEN));
  }

  @Test
  void should_derive_adopted_and_not_adopted_from_the_tally() {
    GroupFixture f =
        founded()
            .and(Groups.adopted("p1", Groups.logistics("Tuesdays")))
            .and(Groups.draft(ALICE, "p2", Groups.logistics("Mondays")))
            .and(Groups.open(ALICE, "p2"))
            .and(Groups.object(BOB, "p2", "Mondays clash with dialysis."))
            .and(Groups.object(CAROL, "p2", "Same for me."))
            .and(Groups.agree(ALICE, "p2"));

    f.when(Groups.close(ALICE, "p2")).thenEvents(ProposalDecided.class);

    assertThat(status(f, "p1")).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(status(f, "p2")).isEqualTo(ProposalStatus.NOT_ADOPTED);
    assertThat(f.state.pastProposals()).containsOnlyKeys(P1, ProposalId.of("p2"));
    f.when(Groups.close(ALICE, "p2"))
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p2"), ProposalStatus.NOT_ADOPTED, ProposalStatus.OPEN));
  }

  @Test
  void should_adopt_several_guideline_changes_in_one_proposal_as_one_new_version() {
    Clause breaks = Clause.of("breaks", "We take a break midway.");
    GroupFixture f =
        founded()
            .and(
                Groups.adopted(
                    "p1",
                    Groups.amend(
                        1,
                        ImmutableAddClause.builder()
                            .clause(breaks)
                            .after(ClauseId.of("confidential"))
                            .build(),
                        ImmutableAmendClause.builder()
                            .clauseId(ClauseId.of("sharing"))
                            .rule(RuleBinding.of("sharing-not-advice"))
                            .build(),
                        ImmutableRemoveClause.builder()
                            .clauseId(ClauseId.of("everyone-counts"))
                            .build(),
                        ImmutableReorderClauses.builder()
                            .addOrder(
                                ClauseId.of("sharing"),
                                ClauseId.of("confidential"),
                                ClauseId.of("breaks"))
                            .build())));

    GuidelineVersion v2 = f.state.guidelinesInForce().orElseThrow();
    assertThat(v2.number()).isEqualTo(2);
    assertThat(v2.adoptedBy()).contains(P1);
    assertThat(v2.effectiveAt()).isEqualTo(Groups.START);
    assertThat(v2.clauses())
        .extracting(Clause::id)
        .containsExactly(
            ClauseId.of("sharing"), ClauseId.of("confidential"), ClauseId.of("breaks"));
    assertThat(v2.clause(ClauseId.of("sharing")).orElseThrow().rule())
        .contains(RuleBinding.of("sharing-not-advice"));
    assertThat(f.state.guidelines().version(1).orElseThrow().clauses()).isEqualTo(Groups.draft());
  }

  @Test
  void should_record_the_adopting_decision_on_the_new_version() {
    GroupFixture f =
        founded()
            .and(Groups.draft(ALICE, "p1", Groups.addClause(1, "tea", "We bring tea.")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.agree(CAROL, "p1"))
            .after(Duration.ofHours(5));

    GroupFixture.Then then =
        f.when(Groups.close(CAROL, "p1"))
            .thenEvents(ProposalDecided.class, GuidelineVersionAdopted.class);

    GuidelineVersion v2 = then.event(1, GuidelineVersionAdopted.class).version();
    assertThat(v2.number()).isEqualTo(2);
    assertThat(v2.adoptedBy()).contains(P1);
    assertThat(v2.effectiveAt()).isEqualTo(Groups.START.plus(Duration.ofHours(5)));
  }

  @Test
  void should_refuse_a_guideline_change_that_does_not_fit_the_version_in_force() {
    GroupFixture f = founded();

    f.when(
            Groups.draft(
                ALICE,
                "p1",
                Groups.amend(
                    1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("x")).build())))
        .thenRejected(
            RejectionReason.INVALID,
            "there is no clause x in the guidelines this change is based on");
    f.when(
            Groups.draft(
                ALICE,
                "p1",
                Groups.amend(
                    1,
                    ImmutableRemoveClause.builder().clauseId(ClauseId.of("confidential")).build(),
                    ImmutableRemoveClause.builder().clauseId(ClauseId.of("sharing")).build(),
                    ImmutableRemoveClause.builder()
                        .clauseId(ClauseId.of("everyone-counts"))
                        .build())))
        .thenRejected(RejectionReason.INVALID, "the guidelines would have no clause left");
    f.when(Groups.draft(ALICE, "p1", Groups.addClause(1, "sharing", "Again.")))
        .thenRejected(RejectionReason.INVALID, "a clause with id sharing already exists");
  }

  @Test
  void should_change_the_meeting_plan_by_a_logistics_decision() {
    GroupFixture f = founded().and(Groups.adopted("p1", Groups.logistics("First Tuesday")));

    assertThat(f.state.profile().orElseThrow().meeting().orElseThrow().schedule())
        .isEqualTo("First Tuesday");
    assertThat(f.log.get(f.log.size() - 1)).isInstanceOf(MeetingPlanChanged.class);
  }

  @Test
  void should_change_governance_settings_only_by_a_governance_proposal() {
    GovernanceSettings stricter =
        GovernanceSettings.custom()
            .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.supermajority(0.75))
            .newcomerPeriod(Duration.ofDays(30))
            .build();
    GroupFixture f =
        founded()
            .and(
                Groups.draft(
                    BOB, "p1", Groups.governance(GovernanceSettings.ofDefaults(), stricter)))
            .and(Groups.open(BOB, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.agree(CAROL, "p1"));
    assertThat(f.state.proposal(P1).orElseThrow().procedure())
        .contains(DecisionProcedure.consensus());

    GroupFixture.Then then =
        f.when(Groups.close(BOB, "p1"))
            .thenEvents(ProposalDecided.class, GovernanceSettingsChanged.class);

    assertThat(then.event(1, GovernanceSettingsChanged.class).decidedBy()).isEqualTo(P1);
    assertThat(f.state.governance()).isEqualTo(stricter);
    assertThat(f.state.governance().procedureFor(DecisionKind.LOGISTICS).threshold())
        .isEqualTo(0.75);
  }

  @Test
  void should_change_the_rotation_and_name_mentors_by_a_leadership_decision() {
    GroupFixture f =
        founded()
            .and(Groups.adopted("p1", Groups.rotation(RotationPolicy.of(RotationKind.VOLUNTEER))))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1));

    assertThat(f.state.governance().rotation().kind()).isEqualTo(RotationKind.VOLUNTEER);

    f.and(Groups.draft(ALICE, "p2", Groups.mentors(BOB)))
        .and(Groups.open(ALICE, "p2"))
        .and(Groups.agree(ALICE, "p2"))
        .and(Groups.agree(CAROL, "p2"))
        .and(Groups.agree(DANA, "p2"));
    f.when(Groups.close(ALICE, "p2")).thenEvents(ProposalDecided.class, RoleAssigned.class);
    assertThat(f.state.member(BOB).orElseThrow().roles()).containsExactly(Role.MENTOR);
  }

  @Test
  void should_leave_the_members_a_leadership_change_is_about_out_of_its_count() {
    // given carol is a mentor, and a proposal to make bob one and carol no longer one
    GroupFixture f =
        founded()
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.mentors(CAROL)))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.agree(DANA, "p1"))
            .after(Duration.ofDays(3))
            .and(Groups.close(ALICE, "p1"))
            .and(
                Groups.draft(
                    ALICE,
                    "p2",
                    ImmutableLeadershipChange.builder()
                        .addMentorsToAdd(BOB)
                        .addMentorsToRemove(CAROL)
                        .build()))
            .and(Groups.open(ALICE, "p2"));

    // then neither bob nor carol is in its electorate, and neither may take a stance that counts
    assertThat(f.state.proposal(ProposalId.of("p2")).orElseThrow().electorate())
        .containsExactly(ALICE, DANA);
    f.when(Groups.agree(BOB, "p2"))
        .thenRejected(Rejections.notInElectorate(MemberId.of("bob"), ProposalId.of("p2")));
    f.when(Groups.object(CAROL, "p2", "I like mentoring"))
        .thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_collect_comments_while_a_proposal_is_draft_or_open() {
    GroupFixture f = founded().and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")));

    f.when(Groups.comment(BOB, "p1", "Could we try it for a month?", false))
        .thenEvents(ProposalCommented.class);
    f.and(Groups.open(ALICE, "p1"));
    f.when(Groups.comment(CAROL, "p1", "Fine by me.", false)).thenEvents(ProposalCommented.class);
    f.when(Groups.comment(CAROL, "p1", " ", false)).thenRejected(Rejections.blank("text"));

    assertThat(f.state.proposal(P1).orElseThrow().comments())
        .extracting(c -> c.author().value() + ": " + c.text())
        .containsExactly("bob: Could we try it for a month?", "carol: Fine by me.");
  }
}
