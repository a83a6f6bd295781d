package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.EventHeader;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableFacilitationVolunteered;
import io.github.peerled.core.event.ImmutableFacilitatorHandedOver;
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
import io.github.peerled.core.event.ImmutableSessionClosed;
import io.github.peerled.core.event.ImmutableSessionScheduled;
import io.github.peerled.core.event.ImmutableSessionStarted;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.event.ImmutableStandingChanged;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableMeetingPlan;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableGuidelineVersion;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replay refuses a log that holds an event the engine could never have decided: an actor or
 * subject who never joined, has left, or lacks the standing, or a reference to a proposal, session,
 * guideline version or clause the log never created. One forged event per type, built with the
 * event builders and appended to a log the engine wrote; the refusal names its sequence number and
 * the reason.
 */
class ReplayIntegrityTest {
  private static final MemberId ZED = MemberId.of("zed");
  private static final ProposalId P0 = ProposalId.of("p0");
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final ProposalId NEVER = ProposalId.of("p9");
  private static final SessionId S1 = SessionId.of("s1");
  private static final SessionId S2 = SessionId.of("s2");

  /** What every event carries, for an event builder's {@code from}. */
  private record Header(long sequence, GroupId groupId, MemberId actor, Instant at)
      implements EventHeader {}

  /**
   * Version 1 in force; an advisor and a guest; a decided proposal p0; alice's open p1 (with dana
   * in its electorate) and draft p2; dana has left; session s1 is open (facilitated by alice), s2
   * is scheduled.
   */
  private static GroupFixture group() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1))
            .and(Groups.adopted("p0", Groups.logistics("Tuesdays")))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Mondays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.leave(DANA))
            .and(Groups.draft(ALICE, "p2", Groups.logistics("Fridays")))
            .and(Groups.schedule(ALICE, "s1", Groups.START))
            .and(Groups.start(ALICE, "s1", ALICE, BOB))
            .and(Groups.schedule(ALICE, "s2", Groups.START));
    assertThat(f.state.session(S1).orElseThrow().facilitator()).contains(ALICE);
    return f;
  }

  private static EventHeader next(GroupFixture f, MemberId actor) {
    return new Header(f.state.version() + 1, Groups.GROUP, actor, f.clock.instant());
  }

  /** Asserts that the log with the forged event appended is refused at it, for the reason. */
  private static void refused(GroupFixture f, GroupEvent forged, String reason) {
    List<GroupEvent> log = new ArrayList<>(f.log);
    log.add(forged);
    assertThat(f.engine.replay(Groups.GROUP, f.log)).isEqualTo(f.state);
    assertThatThrownBy(() -> f.engine.replay(Groups.GROUP, log))
        .isInstanceOfSatisfying(
            ReplayException.class, e -> assertThat(e.sequence()).isEqualTo(forged.sequence()))
        .hasMessage("event " + forged.sequence() + ": " + reason);
  }

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
  void should_refuse_a_session_scheduled_by_a_guest() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableSessionScheduled.builder()
            .from(next(f, GUEST))
            .sessionId(SessionId.of("s3"))
            .scheduledFor(Groups.START)
            .format(MeetingFormat.ONLINE)
            .build(),
        "visitor cannot schedule a session: they are a guest, not a peer");
  }

  @Test
  void should_refuse_to_volunteer_for_a_started_session_or_as_a_leaver() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableFacilitationVolunteered.builder().from(next(f, BOB)).sessionId(S1).build(),
        "session s1 has started already");
    refused(
        f,
        ImmutableFacilitationVolunteered.builder().from(next(f, DANA)).sessionId(S2).build(),
        "dana cannot facilitate: they left the group at " + Groups.START);
  }

  @Test
  void should_refuse_a_start_with_a_stranger_facilitating_or_attending() {
    GroupFixture f = group();
    ImmutableSessionStarted.Builder started =
        ImmutableSessionStarted.builder()
            .sessionId(S2)
            .guidelineVersion(1)
            .facilitator(BOB)
            .reason("round robin");

    refused(
        f,
        started.from(next(f, ALICE)).facilitator(ZED).build(),
        "zed cannot facilitate: they never joined the group");
    refused(
        f,
        started.from(next(f, ALICE)).facilitator(BOB).attendees(List.of(BOB, ZED)).build(),
        "zed cannot be present: they never joined the group");
    refused(
        f,
        started.from(next(f, ALICE)).attendees(List.of()).guidelineVersion(3).build(),
        "it refers to guideline version 3, which the log never adopted");
    refused(
        f, started.from(next(f, ALICE)).sessionId(S1).build(), "session s1 has started already");
  }

  @Test
  void should_refuse_a_hand_over_to_an_advisor_or_in_a_session_never_scheduled() {
    GroupFixture f = group();
    ImmutableFacilitatorHandedOver.Builder handOver =
        ImmutableFacilitatorHandedOver.builder().sessionId(S1).previous(ALICE).to(DR_EVANS);

    refused(
        f,
        handOver.from(next(f, ALICE)).build(),
        "dr-evans cannot facilitate: they are an advisor, not a peer");
    refused(
        f,
        handOver.from(next(f, ALICE)).to(BOB).coFacilitator(ZED).build(),
        "it names zed, who never joined the group");
    refused(
        f,
        handOver.from(next(f, ALICE)).sessionId(SessionId.of("s9")).coFacilitator(CAROL).build(),
        "no scheduled or open session s9");
  }

  @Test
  void should_refuse_attendance_of_a_stranger_or_at_a_session_not_started() {
    GroupFixture f = group();
    ImmutableAttendanceRecorded.Builder attended =
        ImmutableAttendanceRecorded.builder().sessionId(S1).member(ZED);

    refused(
        f,
        attended.from(next(f, ALICE)).build(),
        "zed cannot be present: they never joined the group");
    refused(
        f,
        attended.from(next(f, CAROL)).sessionId(S2).member(CAROL).build(),
        "session s2 has not started");
  }

  @Test
  void should_refuse_a_contribution_by_a_stranger_or_in_another_name() {
    GroupFixture f = group();
    ImmutableContribution.Builder said =
        ImmutableContribution.builder()
            .sessionId(S1)
            .number(1)
            .at(f.clock.instant())
            .kind(ContributionKind.SHARING)
            .text("I share.");

    refused(
        f,
        ImmutableContributionRecorded.builder()
            .from(next(f, ZED))
            .contribution(said.author(ZED).build())
            .build(),
        "zed cannot contribute: they never joined the group");
    refused(
        f,
        ImmutableContributionRecorded.builder()
            .from(next(f, BOB))
            .contribution(said.author(ALICE).build())
            .build(),
        "a contribution by bob names alice");
  }

  @Test
  void should_refuse_to_close_a_session_not_started_or_as_a_guest() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableSessionClosed.builder().from(next(f, ALICE)).sessionId(S2).build(),
        "session s2 has not started");
    refused(
        f,
        ImmutableSessionClosed.builder().from(next(f, GUEST)).sessionId(S1).build(),
        "visitor cannot close a session: they are a guest, not a peer");
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
