package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.ForgedEvents.NEVER;
import static io.github.peerled.core.engine.ForgedEvents.P0;
import static io.github.peerled.core.engine.ForgedEvents.P1;
import static io.github.peerled.core.engine.ForgedEvents.P2;
import static io.github.peerled.core.engine.ForgedEvents.ZED;
import static io.github.peerled.core.engine.ForgedEvents.group;
import static io.github.peerled.core.engine.ForgedEvents.next;
import static io.github.peerled.core.engine.ForgedEvents.refused;
import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;

import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.ForgedEvents.Header;
import io.github.peerled.core.event.ImmutableFoundingDraftRevised;
import io.github.peerled.core.event.ImmutableFoundingGuidelinesEndorsed;
import io.github.peerled.core.event.ImmutableGovernanceSettingsChanged;
import io.github.peerled.core.event.ImmutableGroupFounded;
import io.github.peerled.core.event.ImmutableGuidelineVersionAdopted;
import io.github.peerled.core.event.ImmutableMeetingPlanChanged;
import io.github.peerled.core.event.ImmutableMemberJoined;
import io.github.peerled.core.event.ImmutableMemberLeft;
import io.github.peerled.core.event.ImmutableProposalCommented;
import io.github.peerled.core.event.ImmutableProposalDecided;
import io.github.peerled.core.event.ImmutableProposalDrafted;
import io.github.peerled.core.event.ImmutableProposalOpened;
import io.github.peerled.core.event.ImmutableProposalWithdrawn;
import io.github.peerled.core.event.ImmutableRoleAssigned;
import io.github.peerled.core.event.ImmutableRoleRevoked;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.event.ImmutableStandingChanged;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.ImmutableMeetingPlan;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replay refuses a log that holds an event the engine could never have decided: an actor or
 * subject who never joined, has left, or lacks the standing, or a reference to a proposal, session,
 * guideline version or clause the log never created. One forged event per type, built with the
 * event builders and appended to a log the engine wrote ({@link ForgedEvents}); the refusal names
 * its sequence number and the reason. The session events are {@link SessionReplayIntegrityTest}'s.
 */
class ReplayIntegrityTest {
  @Test
  void should_refuse_a_stance_by_a_stranger_an_advisor_a_leaver_or_a_later_joiner() {
    GroupFixture f = group();
    ImmutableStanceTaken.Builder stance =
        ImmutableStanceTaken.builder().proposalId(P1).kind(StanceKind.AGREE);

    refused(
        f,
        stance.from(next(f, ZED)).build(),
        "zed cannot take a stance that counts: they never joined the group");
    refused(
        f,
        stance.from(next(f, DR_EVANS)).build(),
        "dr-evans cannot take a stance that counts: they are an advisor, not a peer");
    refused(
        f,
        stance.from(next(f, DANA)).build(),
        "dana cannot take a stance that counts: they left the group at " + Groups.START);
    f.and(Groups.join(ZED, Standing.NEWCOMER, 1));
    refused(f, stance.from(next(f, ZED)).build(), "zed is not in the electorate of proposal p1");
    refused(f, stance.from(next(f, BOB)).proposalId(P2).build(), "proposal p2 was never opened");
  }

  @Test
  void should_refuse_a_comment_by_a_stranger_or_on_a_proposal_never_drafted() {
    GroupFixture f = group();
    ImmutableProposalCommented.Builder comment =
        ImmutableProposalCommented.builder().proposalId(P1).text("Hello").recommendation(false);

    refused(
        f,
        comment.from(next(f, ZED)).build(),
        "zed cannot comment on a proposal: they never joined the group");
    refused(
        f,
        comment.from(next(f, DR_EVANS)).proposalId(NEVER).build(),
        "no draft or open proposal p9");
  }

  @Test
  void should_refuse_a_draft_by_a_guest_or_about_what_the_log_never_created() {
    GroupFixture f = group();
    ImmutableProposalDrafted.Builder draft =
        ImmutableProposalDrafted.builder()
            .proposalId(ProposalId.of("p3"))
            .title("Forged")
            .rationale("")
            .content(Groups.logistics("Sundays"));

    refused(
        f,
        draft.from(next(f, GUEST)).build(),
        "visitor cannot propose a binding change: they are a guest, not a peer");
    refused(
        f,
        draft.from(next(f, BOB)).content(Groups.standing(ZED, Standing.MEMBER)).build(),
        "zed cannot be decided about: they never joined the group");
    refused(
        f,
        draft.from(next(f, BOB)).content(Groups.addClause(7, "quiet", "Quiet ones first.")).build(),
        "it refers to guideline version 7, which the log never adopted");
    refused(
        f,
        draft
            .from(next(f, BOB))
            .content(
                Groups.amend(
                    1,
                    ImmutableAmendClause.builder()
                        .clauseId(ClauseId.of("ghost"))
                        .text("Boo.")
                        .build()))
            .build(),
        "proposal p3 does not fit guideline version 1: there is no clause ghost in the guidelines"
            + " this change is based on");
  }

  @Test
  void should_refuse_an_opening_by_another_than_the_proposer_or_with_a_stranger_voting() {
    GroupFixture f = group();
    ImmutableProposalOpened.Builder open =
        ImmutableProposalOpened.builder()
            .proposalId(P2)
            .electorate(List.of(ALICE, BOB, CAROL))
            .procedure(DecisionProcedure.majority());

    refused(f, open.from(next(f, BOB)).build(), "only the proposer of p2, alice, may open it");
    refused(
        f,
        open.from(next(f, ALICE)).electorate(List.of(ALICE, ZED)).build(),
        "zed cannot take a stance: they never joined the group");
    refused(
        f,
        open.from(next(f, ALICE)).proposalId(P1).electorate(List.of(ALICE)).build(),
        "proposal p1 was opened already");
  }

  @Test
  void should_refuse_a_decision_on_a_draft_or_by_an_advisor() {
    GroupFixture f = group();
    ProposalDecided p0 =
        f.log.stream()
            .filter(ProposalDecided.class::isInstance)
            .map(ProposalDecided.class::cast)
            .findFirst()
            .orElseThrow();
    ImmutableProposalDecided.Builder decided =
        ImmutableProposalDecided.builder().proposalId(P2).tally(p0.tally());

    refused(f, decided.from(next(f, BOB)).build(), "proposal p2 was never opened");
    refused(
        f,
        decided.from(next(f, DR_EVANS)).proposalId(P1).build(),
        "dr-evans cannot close a decision: they are an advisor, not a peer");
  }

  @Test
  void should_refuse_a_withdrawal_by_another_than_the_proposer() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableProposalWithdrawn.builder().from(next(f, BOB)).proposalId(P1).build(),
        "only the proposer of p1, alice, may withdraw it");
  }

  @Test
  void should_refuse_a_consequence_of_a_decision_the_log_never_took() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableMeetingPlanChanged.builder()
            .from(next(f, BOB))
            .meeting(ImmutableMeetingPlan.builder().schedule("Never").build())
            .decidedBy(NEVER)
            .build(),
        "it carries out proposal p9, which the log never adopted");
    refused(
        f,
        ImmutableMeetingPlanChanged.builder()
            .from(next(f, DR_EVANS))
            .meeting(ImmutableMeetingPlan.builder().schedule("Never").build())
            .decidedBy(P0)
            .build(),
        "dr-evans cannot carry out a decision: they are an advisor, not a peer");
  }

  @Test
  void should_refuse_governance_settings_changed_by_an_open_proposal() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableGovernanceSettingsChanged.builder()
            .from(next(f, ALICE))
            .settings(GovernanceSettings.ofDefaults())
            .decidedBy(P1)
            .build(),
        "it carries out proposal p1, which the log never adopted");
  }

  @Test
  void should_refuse_a_standing_change_of_a_stranger() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableStandingChanged.builder()
            .from(next(f, ALICE))
            .member(ZED)
            .standing(Standing.MEMBER)
            .decidedBy(P0)
            .build(),
        "zed cannot change standing: they never joined the group");
  }

  @Test
  void should_refuse_a_role_for_an_advisor_and_a_revocation_for_a_stranger() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableRoleAssigned.builder()
            .from(next(f, ALICE))
            .member(DR_EVANS)
            .role(Role.MENTOR)
            .decidedBy(P0)
            .build(),
        "dr-evans cannot take a role: they are an advisor, not a peer");
    refused(
        f,
        ImmutableRoleRevoked.builder()
            .from(next(f, ALICE))
            .member(ZED)
            .role(Role.MENTOR)
            .decidedBy(P0)
            .build(),
        "zed cannot give up a role: they never joined the group");
  }

  @Test
  void should_refuse_a_guideline_version_no_proposal_adopted() {
    GroupFixture f = group();
    ImmutableGuidelineVersion.Builder v2 =
        ImmutableGuidelineVersion.builder()
            .number(2)
            .clauses(Groups.draft())
            .effectiveAt(f.clock.instant());

    refused(
        f,
        ImmutableGuidelineVersionAdopted.builder().from(next(f, ALICE)).version(v2.build()).build(),
        "guideline version 2 names no proposal adopting it");
    refused(
        f,
        ImmutableGuidelineVersionAdopted.builder()
            .from(next(f, ALICE))
            .version(v2.adoptedBy(NEVER).build())
            .build(),
        "it carries out proposal p9, which the log never adopted");
  }

  @Test
  void should_refuse_a_second_join_or_one_acknowledging_a_version_never_adopted() {
    GroupFixture f = group();
    ImmutableMemberJoined.Builder joined =
        ImmutableMemberJoined.builder().standing(Standing.NEWCOMER).acknowledgedVersion(1);

    refused(f, joined.from(next(f, BOB)).member(BOB).build(), "bob joined the group already");
    refused(f, joined.from(next(f, BOB)).member(ZED).build(), "bob cannot join the group for zed");
    refused(
        f,
        joined.from(next(f, ZED)).member(ZED).acknowledgedVersion(4).build(),
        "it refers to guideline version 4, which the log never adopted");
  }

  @Test
  void should_refuse_a_stranger_leaving_or_a_removal_without_a_decision() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableMemberLeft.builder().from(next(f, ZED)).member(ZED).build(),
        "zed cannot leave the group: they never joined the group");
    refused(
        f,
        ImmutableMemberLeft.builder().from(next(f, ALICE)).member(BOB).build(),
        "alice cannot remove bob without a decision");
  }

  @Test
  void should_refuse_founding_events_by_a_stranger_and_a_second_founding() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));

    refused(
        f,
        ImmutableFoundingGuidelinesEndorsed.builder().from(next(f, ZED)).revision(1).build(),
        "zed cannot endorse the founding guidelines: they never joined the group");
    refused(
        f,
        ImmutableFoundingGuidelinesEndorsed.builder().from(next(f, BOB)).revision(2).build(),
        "revision 2 of the founding draft is endorsed, but the draft is at revision 1");
    refused(
        f,
        ImmutableFoundingDraftRevised.builder()
            .from(next(f, ZED))
            .draft(Groups.draft())
            .revision(2)
            .build(),
        "zed cannot revise the founding draft: they never joined the group");
    ImmutableGroupFounded.Builder founded =
        ImmutableGroupFounded.builder()
            .profile(Groups.profile())
            .governance(GovernanceSettings.ofDefaults())
            .founders(List.of(FoundingMember.of("zed", "Zed")))
            .draft(Groups.draft());
    refused(f, founded.from(next(f, ZED)).build(), "the group was founded already");
    refused(
        GroupFixture.given(List.of()),
        founded.from(new Header(1, Groups.GROUP, BOB, Groups.START)).build(),
        "bob cannot found the group: they are not among its founders");
  }
}
