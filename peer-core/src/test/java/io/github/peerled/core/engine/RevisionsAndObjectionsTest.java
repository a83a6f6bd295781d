package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.WithdrawObjection;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.ObjectionGround;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ObjectionStatus;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.ObjectionIntegrated;
import io.github.peerled.core.event.ObjectionWithdrawn;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalRevised;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revisions of an open proposal, and objections resolved only by their authors. */
class RevisionsAndObjectionsTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalContent THURSDAYS = Groups.logistics("Thursdays");
  private static final ProposalContent LATER = Groups.logistics("Thursdays at 8 pm");

  /** A group deciding logistics by consent, with alice's proposal p1 open. */
  private static GroupFixture open(DecisionProcedure logistics) {
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.LOGISTICS, logistics).build();
    List<GroupCommand> given = new ArrayList<>(Groups.founded(settings));
    given.add(Groups.draft(ALICE, "p1", THURSDAYS));
    given.add(Groups.open(ALICE, "p1"));
    return GroupFixture.given(given);
  }

  private static GroupFixture open() {
    return open(DecisionProcedure.consent());
  }

  private static ReviseProposal revise(
      io.github.peerled.core.group.MemberId who, ProposalContent content, int... addresses) {
    return ReviseProposal.builder()
        .actor(who)
        .proposalId(P1)
        .content(content)
        .addAllAddresses(ids(addresses))
        .build();
  }

  private static IntegrateObjection integrate(io.github.peerled.core.group.MemberId who, int n) {
    return IntegrateObjection.builder()
        .actor(who)
        .proposalId(P1)
        .objection(ObjectionId.of(n))
        .build();
  }

  private static WithdrawObjection withdrawObjection(
      io.github.peerled.core.group.MemberId who, int n) {
    return WithdrawObjection.builder()
        .actor(who)
        .proposalId(P1)
        .objection(ObjectionId.of(n))
        .build();
  }

  private static java.util.List<ObjectionId> ids(int... numbers) {
    java.util.List<ObjectionId> out = new java.util.ArrayList<>();
    for (int n : numbers) {
      out.add(ObjectionId.of(n));
    }
    return out;
  }

  private static Proposal p1(GroupFixture f) {
    return f.state.proposal(P1).orElseThrow();
  }

  @Test
  void should_number_a_revision_and_leave_the_earlier_stances_to_reconfirm() {
    GroupFixture f =
        open()
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."));

    ProposalRevised revised =
        f.when(revise(ALICE, LATER, 1))
            .thenEvents(ProposalRevised.class)
            .event(0, ProposalRevised.class);

    assertThat(revised.revision()).isEqualTo(2);
    assertThat(revised.addresses()).containsExactly(ObjectionId.of(1));
    Proposal p = p1(f);
    assertThat(p.revision()).isEqualTo(2);
    assertThat(p.content()).isEqualTo(LATER);
    assertThat(p.title()).isEqualTo("Proposal p1");
    assertThat(p.currentStances()).isEmpty();
    assertThat(p.toReconfirm()).extracting(Stance::member).containsExactly(BOB, CAROL);
    assertThat(p.toReconfirm()).extracting(Stance::revision).containsOnly(1);
    assertThat(f.state.undecided(P1)).containsExactly(ALICE, BOB, CAROL);
    assertThat(p.openObjections()).extracting(Objection::id).containsExactly(ObjectionId.of(1));
  }

  @Test
  void should_count_only_the_stances_on_the_current_revision() {
    GroupFixture f =
        open()
            .and(Groups.object(BOB, "p1", "Thursdays clash with my clinic."))
            .and(Groups.agree(CAROL, "p1"))
            .and(revise(ALICE, LATER, 1))
            .and(integrate(BOB, 1))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .after(Duration.ofDays(3));

    Tally tally =
        f.when(Groups.close(ALICE, "p1"))
            .thenEvents(
                ProposalDecided.class, io.github.peerled.core.event.MeetingPlanChanged.class)
            .event(0, ProposalDecided.class)
            .tally();

    assertThat(tally.agree()).isEqualTo(2);
    assertThat(tally.object()).isZero();
    assertThat(tally.silent()).as("carol agreed to the first revision only").isEqualTo(1);
    assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_not_pass_a_consent_proposal_while_an_objection_is_open() {
    GroupFixture f =
        open()
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."))
            .and(revise(ALICE, LATER, 1))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .after(Duration.ofDays(3));

    Tally tally =
        f.when(Groups.close(ALICE, "p1"))
            .thenEvents(ProposalDecided.class)
            .event(0, ProposalDecided.class)
            .tally();

    assertThat(tally.object()).as("carol has not taken a stance on revision 2").isZero();
    assertThat(tally.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(tally.explanation()).contains("1 objection(s)").contains("still open");
  }

  @Test
  void should_pass_a_consent_proposal_once_the_author_withdrew_the_objection() {
    GroupFixture f =
        open()
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."))
            .and(revise(ALICE, LATER, 1))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"));

    f.when(withdrawObjection(CAROL, 1)).thenEvents(ObjectionWithdrawn.class);
    f.after(Duration.ofDays(3));

    assertThat(p1(f).objection(ObjectionId.of(1)).orElseThrow().status())
        .isEqualTo(ObjectionStatus.WITHDRAWN);
    assertThat(f.when(Groups.close(ALICE, "p1")).event(0, ProposalDecided.class).tally().outcome())
        .isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_mark_an_objection_integrated_by_its_author() {
    GroupFixture f =
        open()
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."))
            .and(revise(ALICE, LATER, 1));

    f.when(integrate(CAROL, 1)).thenEvents(ObjectionIntegrated.class);

    Objection o = p1(f).objection(ObjectionId.of(1)).orElseThrow();
    assertThat(o.status()).isEqualTo(ObjectionStatus.INTEGRATED);
    assertThat(o.author()).isEqualTo(CAROL);
    assertThat(o.revision()).isEqualTo(1);
    assertThat(o.resolvedAt()).contains(f.clock.instant());
  }

  @Test
  void should_withdraw_an_objection_when_its_author_later_takes_another_stance() {
    GroupFixture f = open().and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."));

    f.when(Groups.agree(CAROL, "p1")).thenEvents(StanceTaken.class);

    assertThat(p1(f).objection(ObjectionId.of(1)).orElseThrow().status())
        .isEqualTo(ObjectionStatus.WITHDRAWN);
    assertThat(p1(f).openObjections()).isEmpty();
  }

  @Test
  void should_let_nobody_but_the_author_resolve_an_objection() {
    GroupFixture f =
        open()
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."));

    f.when(integrate(ALICE, 1))
        .thenRejected(Rejections.notObjectionAuthor(ALICE, P1, ObjectionId.of(1), CAROL));
    f.when(withdrawObjection(BOB, 1))
        .thenRejected(Rejections.notObjectionAuthor(BOB, P1, ObjectionId.of(1), CAROL));
    f.when(withdrawObjection(DR_EVANS, 1))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "resolve an objection"));
    f.when(integrate(CAROL, 2)).thenRejected(Rejections.unknownObjection(P1, ObjectionId.of(2)));
    f.and(withdrawObjection(CAROL, 1));
    f.when(integrate(CAROL, 1))
        .thenRejected(
            Rejections.objectionResolved(P1, ObjectionId.of(1), ObjectionStatus.WITHDRAWN));
  }

  @Test
  void should_let_only_the_proposer_revise_unless_the_procedure_allows_any_peer() {
    GroupFixture f = open();

    f.when(revise(BOB, LATER)).thenRejected(Rejections.onlyProposer(BOB, P1, "revise it"));

    GroupFixture any =
        open(
            DecisionProcedure.builder()
                .from(DecisionProcedure.consent())
                .anyPeerMayRevise(true)
                .build());
    any.when(revise(BOB, LATER)).thenEvents(ProposalRevised.class);
    assertThat(p1(any).proposer()).isEqualTo(ALICE);
  }

  @Test
  void should_refuse_a_revision_that_does_not_fit() {
    GroupFixture f =
        open()
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.object(CAROL, "p1", "Thursdays clash with my clinic."))
            .and(withdrawObjection(CAROL, 1));

    f.when(revise(ALICE, Groups.addClause(1, "tea", "We bring tea.")))
        .thenRejected(Rejections.revisionChangesDecision(P1));
    f.when(revise(ALICE, LATER, 1))
        .thenRejected(Rejections.addressesNoOpenObjection(P1, ObjectionId.of(1)));
    f.when(revise(ALICE, LATER, 7))
        .thenRejected(Rejections.addressesNoOpenObjection(P1, ObjectionId.of(7)));
    f.when(revise(DR_EVANS, LATER))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "revise a proposal"));
    f.when(ReviseProposal.builder().from(revise(ALICE, LATER)).title(" ").build())
        .thenRejected(Rejections.blank("title"));
    f.and(Groups.draft(ALICE, "p2", THURSDAYS));
    f.when(
            ReviseProposal.builder()
                .from(revise(ALICE, LATER))
                .proposalId(ProposalId.of("p2"))
                .build())
        .thenRejected(
            Rejections.proposalInWrongState(
                ProposalId.of("p2"), ProposalStatus.DRAFT, ProposalStatus.OPEN));
  }

  @Test
  void should_check_a_revised_guideline_amendment_again() {
    List<GroupCommand> given = new ArrayList<>(Groups.founded());
    given.add(Groups.draft(ALICE, "p1", Groups.addClause(1, "tea", "We bring tea.")));
    given.add(Groups.open(ALICE, "p1"));
    GroupFixture f = GroupFixture.given(given);
    ProposalContent removesUnknown =
        Groups.amend(1, ImmutableRemoveClause.builder().clauseId(ClauseId.of("nothing")).build());

    f.when(revise(ALICE, removesUnknown)).thenRejected(RejectionReason.INVALID);
    f.when(revise(ALICE, Groups.addClause(2, "tea", "We bring tea.")))
        .thenRejected(Rejections.staleBase(P1, 2, 1));
    f.when(revise(ALICE, Groups.addClause(1, "tea", "We bring tea and biscuits.")))
        .thenEvents(ProposalRevised.class);
  }

  @Test
  void should_ask_an_objection_for_its_ground_under_the_groups_objection_test() {
    String test = "Would it harm us, or is there a better way we can try now?";
    GroupFixture f =
        open(
            DecisionProcedure.builder()
                .from(DecisionProcedure.consent())
                .objectionTest(test)
                .build());
    TakeStance plain = (TakeStance) Groups.object(CAROL, "p1", "Thursdays clash with my clinic.");

    f.when(plain).thenRejected(Rejections.objectionNeedsGround(test));
    f.when(
            TakeStance.builder()
                .from((TakeStance) Groups.agree(BOB, "p1"))
                .ground(ObjectionGround.HARM)
                .build())
        .thenRejected(Rejections.groundOnlyForObjection());
    f.when(TakeStance.builder().from(plain).ground(ObjectionGround.BETTER_WAY).build())
        .thenEvents(StanceTaken.class);

    assertThat(p1(f).objection(ObjectionId.of(1)).orElseThrow().ground())
        .contains(ObjectionGround.BETTER_WAY);
  }

  @Test
  void should_count_an_objection_on_the_current_revision_as_before() {
    GroupFixture f =
        open()
            .and(revise(ALICE, LATER))
            .and(Groups.object(CAROL, "p1", "Still Thursdays."))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .after(Duration.ofDays(3));

    Tally tally = f.when(Groups.close(ALICE, "p1")).event(0, ProposalDecided.class).tally();

    assertThat(tally.object()).isEqualTo(1);
    assertThat(tally.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    assertThat(tally.explanation()).isEqualTo("1 member(s) objected");
    assertThat(p1(f).stanceOf(CAROL).map(Stance::kind)).contains(StanceKind.OBJECT);
  }
}
