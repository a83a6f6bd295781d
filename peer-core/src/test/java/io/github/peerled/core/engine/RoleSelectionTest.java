package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static io.github.peerled.core.engine.Roles.REPRESENTATIVE;
import static io.github.peerled.core.engine.Roles.TERM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.NominationChanged;
import io.github.peerled.core.event.NominationMade;
import io.github.peerled.core.event.NominationsRevealed;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.RoleTermEnded;
import io.github.peerled.core.event.RoleTermStarted;
import io.github.peerled.core.event.SelectionOpened;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.leadership.RoleDefinition;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleSelection;
import io.github.peerled.core.leadership.RoleTenure;
import io.github.peerled.core.leadership.RoleTermEnd;
import io.github.peerled.core.leadership.SelectionStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Roles the group defines: a selection opened, nominations hidden until the reveal, a change round,
 * the group's leadership decision, a term that ends by itself, and a role that never weighs in a
 * tally. Each step with its refusals.
 */
class RoleSelectionTest {
  /** Alice, bob and carol founded the group with a representative role; dana is a newcomer. */
  private static GroupFixture group(RoleDefinition role) {
    return group(Roles.withRoles(role));
  }

  private static GroupFixture group(GovernanceSettings settings) {
    return GroupFixture.given(Groups.founded(settings))
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
        .and(Groups.join(GUEST, Standing.GUEST, 1));
  }

  private static GroupFixture group() {
    return group(Roles.representative());
  }

  private static RoleSelection selection(GroupState s) {
    return s.selection(REPRESENTATIVE).orElseThrow();
  }

  @Test
  void should_open_a_selection_for_a_role_the_group_defines() {
    GroupFixture.Then then =
        group().when(Roles.openSelection(BOB)).thenEvents(SelectionOpened.class);

    RoleSelection sel = selection(then.state());
    assertThat(sel.status()).isEqualTo(SelectionStatus.NOMINATING);
    assertThat(sel.openedBy()).isEqualTo(BOB);
    assertThat(sel.nominations()).isEmpty();
  }

  @Test
  void should_refuse_a_selection_for_an_undefined_role_or_one_already_open() {
    GroupFixture.given(Groups.founded())
        .when(Roles.openSelection(ALICE))
        .thenRejected(
            RejectionReason.INVALID,
            "$.role: the group defines no role representative; it defines none yet"
                + " (GovernanceSettings.roles)");

    group()
        .and(Roles.openSelection(ALICE))
        .when(Roles.openSelection(BOB))
        .thenRejected(
            Rejections.wrongState(
                "the selection of role representative is open already",
                SelectionStatus.NOMINATING,
                SelectionStatus.NONE));
  }

  @Test
  void should_refuse_selections_and_nominations_from_advisors_and_guests() {
    GroupFixture f = group().and(Roles.openSelection(ALICE));

    f.when(Roles.openSelection(DR_EVANS))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "open a selection"));
    f.when(Roles.nominate(GUEST, BOB))
        .thenRejected(Rejections.notAPeer(GUEST, "nominate for a role"));
    f.when(Roles.reveal(DR_EVANS))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "reveal nominations"));
  }

  @Test
  void should_hide_each_nomination_from_the_members_until_the_reveal() {
    GroupFixture f = group().and(Roles.openSelection(ALICE));

    GroupFixture.Then then = f.when(Roles.nominate(CAROL, BOB)).thenEvents(NominationMade.class);

    assertThat(selection(then.state()).nominations()).containsEntry(CAROL, BOB);
    RoleSelection seen = selection(then.state().asSeenByMembers());
    assertThat(seen.nominations()).isEmpty();
    assertThat(seen.nominators()).containsExactly(CAROL);
  }

  @Test
  void should_refuse_a_second_nomination_before_the_reveal() {
    GroupFixture f = group().and(Roles.openSelection(ALICE)).and(Roles.nominate(CAROL, BOB));

    f.when(Roles.nominate(CAROL, ALICE))
        .thenRejected(
            Rejections.wrongState(
                "carol nominated for role representative already; a nomination may change after"
                    + " the reveal",
                SelectionStatus.NOMINATING,
                SelectionStatus.CHANGE_ROUND));
  }

  @Test
  void should_refuse_nominees_who_may_not_hold_the_role() {
    GroupFixture f = group().and(Roles.openSelection(ALICE));

    f.when(Roles.nominate(ALICE, GUEST))
        .thenRejected(
            RejectionReason.INVALID, "$.nominee: visitor is a guest; guests never hold roles");
    f.when(Roles.nominate(ALICE, DR_EVANS))
        .thenRejected(
            RejectionReason.INVALID,
            "$.nominee: dr-evans is an advisor; advisors hold role representative only if the"
                + " group allows it (advisorsEligible)");
    f.when(Roles.nominate(ALICE, DANA))
        .thenRejected(
            RejectionReason.INVALID,
            "$.nominee: dana is a newcomer until "
                + Groups.START.plus(Duration.ofDays(60))
                + "; role representative is not open to newcomers (newcomersEligible)");
    f.when(Roles.nominate(ALICE, io.github.peerled.core.group.MemberId.of("nobody")))
        .thenRejected(RejectionReason.INVALID, "$.nominee: nobody is not a member of the group");
  }

  @Test
  void should_let_an_advisor_or_newcomer_be_nominated_when_the_role_allows_it() {
    RoleDefinition open =
        RoleDefinition.builder()
            .from(Roles.representative())
            .advisorsEligible(true)
            .newcomersEligible(true)
            .build();
    GroupFixture f = group(open).and(Roles.openSelection(ALICE));

    f.when(Roles.nominate(ALICE, DR_EVANS)).thenEvents(NominationMade.class);
    f.when(Roles.nominate(BOB, DANA)).thenEvents(NominationMade.class);
  }

  @Test
  void should_reveal_the_nominations_and_let_members_change_theirs_in_the_change_round() {
    GroupFixture f =
        group()
            .and(Roles.openSelection(ALICE))
            .and(Roles.nominate(ALICE, BOB))
            .and(Roles.nominate(CAROL, ALICE));

    GroupFixture.Then revealed = f.when(Roles.reveal(BOB)).thenEvents(NominationsRevealed.class);
    assertThat(revealed.event(0, NominationsRevealed.class).nominations())
        .containsExactly(java.util.Map.entry(ALICE, BOB), java.util.Map.entry(CAROL, ALICE));
    assertThat(revealed.event(0, NominationsRevealed.class).fallback()).isEmpty();
    RoleSelection seen = selection(revealed.state().asSeenByMembers());
    assertThat(seen.status()).isEqualTo(SelectionStatus.CHANGE_ROUND);
    assertThat(seen.nominations()).hasSize(2);

    GroupFixture.Then changed =
        f.when(Roles.nominate(CAROL, BOB)).thenEvents(NominationChanged.class);
    assertThat(changed.event(0, NominationChanged.class).previous()).contains(ALICE);
    assertThat(selection(changed.state()).count()).containsExactly(java.util.Map.entry(BOB, 2));

    f.when(Roles.nominate(CAROL, BOB))
        .thenRejected(
            RejectionReason.INVALID, "carol nominates bob for role representative already");
    f.when(Roles.reveal(ALICE))
        .thenRejected(
            Rejections.wrongState(
                "the nominations for role representative were revealed already",
                SelectionStatus.CHANGE_ROUND,
                SelectionStatus.NOMINATING));
  }

  @Test
  void should_name_rotations_fallback_when_nobody_stands() {
    GroupFixture f = group().and(Roles.openSelection(ALICE));

    GroupFixture.Then then = f.when(Roles.reveal(ALICE)).thenEvents(NominationsRevealed.class);

    // nobody held the role yet: round robin picks the earliest joiner among the eligible
    assertThat(then.event(0, NominationsRevealed.class).fallback()).contains(ALICE);
    assertThat(selection(then.state()).fallback()).contains(ALICE);
  }

  @Test
  void should_refuse_deciding_before_the_reveal_or_without_a_selection() {
    group()
        .when(Groups.draft(ALICE, "rep", Roles.assign(BOB)))
        .thenRejected(
            Rejections.wrongState(
                "no selection of role representative is open; open one first",
                SelectionStatus.NONE,
                SelectionStatus.NOMINATING,
                SelectionStatus.CHANGE_ROUND));
    group()
        .and(Roles.openSelection(ALICE))
        .when(Groups.draft(ALICE, "rep", Roles.assign(BOB)))
        .thenRejected(
            Rejections.wrongState(
                "the nominations for role representative must be revealed before the group"
                    + " decides",
                SelectionStatus.NOMINATING,
                SelectionStatus.CHANGE_ROUND));
  }

  @Test
  void should_start_the_term_when_the_group_adopts_the_assignment() {
    GroupFixture f =
        group()
            .and(Roles.openSelection(ALICE))
            .and(Roles.nominate(ALICE, BOB))
            .and(Roles.reveal(ALICE));
    f.and(Groups.draft(ALICE, "rep", Roles.assign(BOB)))
        .and(Groups.open(ALICE, "rep"))
        .and(Groups.agree(ALICE, "rep"))
        .and(Groups.agree(CAROL, "rep"))
        .and(Groups.agree(DANA, "rep"));
    // the member a selection is about is left out of the count
    f.when(Groups.agree(BOB, "rep")).thenRejected(RejectionReason.NOT_PERMITTED);

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "rep")).thenEvents(ProposalDecided.class, RoleTermStarted.class);

    RoleTermStarted started = then.event(1, RoleTermStarted.class);
    assertThat(started.member()).isEqualTo(BOB);
    assertThat(started.endsAt()).isEqualTo(then.decidedAt().plus(TERM));
    assertThat(started.consecutiveTerms()).isEqualTo(1);
    assertThat(started.decidedBy()).isEqualTo(ProposalId.of("rep"));
    RoleTenure tenure = then.state().tenure(REPRESENTATIVE).orElseThrow();
    assertThat(tenure.holder()).contains(BOB);
    assertThat(then.state().selections()).isEmpty();
    assertThat(then.state().nextDeadline()).contains(started.endsAt());
  }

  @Test
  void should_end_the_term_once_when_it_has_run_its_length() {
    GroupFixture f = group().and(Roles.selectionOf("rep", BOB));
    java.time.Instant endsAt =
        f.state.tenure(REPRESENTATIVE).orElseThrow().termEndsAt().orElseThrow();
    f.after(Duration.between(f.clock.instant(), endsAt).minusSeconds(1));
    f.when(Roles.check(CAROL)).thenRejected(RejectionReason.WRONG_STATE);

    f.after(Duration.ofSeconds(1));
    GroupFixture.Then then = f.when(Roles.check(CAROL)).thenEvents(RoleTermEnded.class);

    RoleTermEnded ended = then.event(0, RoleTermEnded.class);
    assertThat(ended.member()).isEqualTo(BOB);
    assertThat(ended.endsAt()).isEqualTo(endsAt);
    assertThat(ended.reason()).isEqualTo(RoleTermEnd.TERM_ENDED);
    assertThat(then.state().tenure(REPRESENTATIVE).orElseThrow().holder()).isEmpty();
    assertThat(then.state().nextDeadline()).isEmpty();
    f.when(Roles.check(CAROL)).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_end_the_running_term_when_a_successor_is_selected() {
    GroupFixture f = group().and(Roles.selectionOf("rep", BOB));
    f.and(Roles.openSelection(ALICE)).and(Roles.nominate(ALICE, CAROL)).and(Roles.reveal(ALICE));
    f.and(Groups.draft(ALICE, "next", Roles.assign(CAROL)))
        .and(Groups.open(ALICE, "next"))
        .and(Groups.agree(ALICE, "next"))
        .and(Groups.agree(BOB, "next"))
        .and(Groups.agree(DANA, "next"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "next"))
            .thenEvents(ProposalDecided.class, RoleTermEnded.class, RoleTermStarted.class);

    assertThat(then.event(1, RoleTermEnded.class).reason()).isEqualTo(RoleTermEnd.SUCCEEDED);
    assertThat(then.event(1, RoleTermEnded.class).member()).isEqualTo(BOB);
    assertThat(then.state().tenure(REPRESENTATIVE).orElseThrow().holder()).contains(CAROL);
  }

  @Test
  void should_refuse_a_term_over_the_consecutive_limit_while_anyone_else_is_eligible() {
    RoleDefinition once =
        RoleDefinition.builder().from(Roles.representative()).maxConsecutiveTerms(1).build();
    GroupFixture f = group(once).and(Roles.selectionOf("rep", BOB));
    f.and(Roles.openSelection(ALICE)).and(Roles.nominate(ALICE, BOB)).and(Roles.reveal(ALICE));

    f.when(Groups.draft(ALICE, "again", Roles.assign(BOB)))
        .thenRejected(
            RejectionReason.INVALID,
            "bob has held role representative for 1 terms in a row, the most the group allows"
                + " while anyone else is eligible");
  }

  @Test
  void should_count_a_role_holder_once_and_give_them_no_veto() {
    GovernanceSettings settings =
        Roles.withRoles(Roles.representative())
            .patch()
            .putProcedure(DecisionKind.LOGISTICS, DecisionProcedure.majority())
            .build();
    GroupFixture f = group(settings).and(Roles.selectionOf("rep", BOB));
    f.and(Groups.draft(ALICE, "evenings", Groups.logistics("Thursdays")))
        .and(Groups.open(ALICE, "evenings"))
        .and(Groups.agree(ALICE, "evenings"))
        .and(Groups.agree(CAROL, "evenings"))
        .and(Groups.agree(DANA, "evenings"))
        .and(Groups.stance(BOB, "evenings", StanceKind.DISAGREE, "I represent us on Thursdays."));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "evenings"))
            .thenEvents(
                ProposalDecided.class, io.github.peerled.core.event.MeetingPlanChanged.class);

    Tally tally = then.event(0, ProposalDecided.class).tally();
    assertThat(tally.electorate()).isEqualTo(4);
    assertThat(tally.participated()).isEqualTo(4);
    assertThat(tally.agree()).isEqualTo(3);
    assertThat(tally.disagree()).isEqualTo(1);
    assertThat(tally.outcome()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_refuse_role_definitions_that_break_the_rules() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoleName.of("facilitator"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names a built-in role");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                RoleDefinition.builder()
                    .from(Roles.representative())
                    .term(Duration.ofHours(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("term must be between 1 day");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Roles.withRoles(Roles.representative(), Roles.representative()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("roles: two roles are named representative");
  }

  @Test
  void should_draft_an_assignment_after_the_reveal() {
    group()
        .and(Roles.openSelection(ALICE))
        .and(Roles.reveal(ALICE))
        .when(Groups.draft(ALICE, "rep", Roles.assign(BOB)))
        .thenEvents(ProposalDrafted.class);
  }

  @Test
  void should_read_a_log_line_and_a_leadership_change_written_before_roles_existed()
      throws java.io.IOException {
    String line;
    try (java.io.InputStream in =
        RoleSelectionTest.class.getResourceAsStream("/sealed/town-hall-events.jsonl")) {
      assertThat(in).isNotNull();
      line =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .findFirst()
              .orElseThrow();
    }
    assertThat(line).contains("\"governance\"").doesNotContain("\"roles\"");

    io.github.peerled.core.event.GroupFounded founded =
        (io.github.peerled.core.event.GroupFounded)
            io.github.peerled.core.json.PeerledJson.read(
                line, io.github.peerled.core.event.GroupEvent.class, "town-hall-events.jsonl");
    assertThat(founded.governance().roles()).isEmpty();

    io.github.peerled.core.decision.ProposalContent old =
        io.github.peerled.core.json.PeerledJson.read(
            "{\"kind\":\"leadership\",\"addMentors\":[\"bob\"],\"removeMentors\":[]}",
            io.github.peerled.core.decision.ProposalContent.class,
            "change.json");
    assertThat(old)
        .isEqualTo(
            io.github.peerled.core.decision.LeadershipChange.builder()
                .addMentorsToAdd(BOB)
                .build());
  }
}
