package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.event.MemberLeft;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.StandingChanged;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.GroupStatus;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {
  private static final MemberId ERIN = MemberId.of("erin");

  @Test
  void should_join_as_a_newcomer_by_acknowledging_the_version_in_force() {
    GroupFixture f = GroupFixture.given(Groups.founded()).after(Duration.ofHours(1));

    GroupFixture.Then then =
        f.when(Groups.join(DANA, Standing.NEWCOMER, 1)).thenEvents(MemberJoined.class);

    assertThat(then.event(0, MemberJoined.class).acknowledgedVersion()).isEqualTo(1);
    Member dana = f.state.member(DANA).orElseThrow();
    assertThat(dana.standing()).isEqualTo(Standing.NEWCOMER);
    assertThat(dana.displayName()).contains("dana");
    assertThat(dana.joinedAt()).isEqualTo(Groups.START.plus(Duration.ofHours(1)));
    assertThat(dana.acknowledgedVersion()).isEqualTo(1);
    assertThat(dana.isActivePeer()).isTrue();
  }

  @Test
  void should_join_as_a_newcomer_unless_told_otherwise() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(ImmutableJoinGroup.builder().actor(DANA).acknowledgedVersion(1).build())
        .thenEvents(MemberJoined.class);

    assertThat(f.state.member(DANA).orElseThrow().standing()).isEqualTo(Standing.NEWCOMER);
  }

  @Test
  void should_let_advisors_and_guests_join_as_outsiders() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1)).thenEvents(MemberJoined.class);
    f.when(Groups.join(GUEST, Standing.GUEST, 1)).thenEvents(MemberJoined.class);

    Member advisor = f.state.member(DR_EVANS).orElseThrow();
    assertThat(advisor.standing()).isEqualTo(Standing.ADVISOR);
    assertThat(advisor.affiliation()).contains(Affiliation.CLINICIAN);
    assertThat(advisor.isActivePeer()).isFalse();
    assertThat(f.state.member(GUEST).orElseThrow().isActivePeer()).isFalse();
  }

  @Test
  void should_refuse_joining_before_guidelines_are_in_force() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));

    Rejection r =
        f.when(Groups.join(DANA, Standing.NEWCOMER, 0))
            .thenRejected(Rejections.noGuidelinesYet("joining"));
    assertThat(r.currentState()).contains(GroupStatus.NO_GUIDELINES);
    assertThat(r.expectedStates()).containsExactly(GroupStatus.GUIDELINES_IN_FORCE);
  }

  @Test
  void should_treat_acknowledging_a_newer_version_than_in_force_as_a_conflict() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.join(DANA, Standing.NEWCOMER, 2))
        .thenRejected(Rejections.staleAcknowledgement(2, 1));
  }

  @Test
  void should_treat_acknowledging_an_outdated_version_as_a_conflict() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.adopted("p1", Groups.addClause(1, "breaks", "We take a break midway.")));
    assertThat(f.state.guidelines().currentNumber()).isEqualTo(2);

    f.when(Groups.join(DANA, Standing.NEWCOMER, 1))
        .thenRejected(Rejections.staleAcknowledgement(1, 2));
    f.when(Groups.join(DANA, Standing.NEWCOMER, 2)).thenEvents(MemberJoined.class);
  }

  @Test
  void should_not_let_anyone_join_as_a_member_directly() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.join(DANA, Standing.MEMBER, 1))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "a person joins as a newcomer, advisor or guest; becoming a member is the group's"
                + " decision");
    f.when(Groups.join(DANA, Standing.FOUNDING_MEMBER, 1))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "a person joins as a newcomer, advisor or guest; becoming a founding member is the"
                + " group's decision");
  }

  @Test
  void should_give_an_affiliation_only_to_advisors() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(
            ImmutableJoinGroup.builder()
                .actor(GUEST)
                .standing(Standing.GUEST)
                .affiliation(Affiliation.EDUCATOR)
                .acknowledgedVersion(1)
                .build())
        .thenRejected(RejectionReason.INVALID, "only an advisor has an affiliation");
  }

  @Test
  void should_refuse_an_id_already_in_use() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.join(BOB, Standing.NEWCOMER, 1))
        .thenRejected(Rejections.idInUse("member", MemberId.of("bob")));
  }

  @Test
  void should_keep_the_id_but_forget_the_name_of_a_member_who_leaves() {
    GroupFixture f =
        GroupFixture.given(Groups.founded()).and(Groups.join(DANA, Standing.NEWCOMER, 1));
    f.after(Duration.ofDays(2));

    f.when(Groups.leave(DANA)).thenEvents(MemberLeft.class);

    Member dana = f.state.member(DANA).orElseThrow();
    assertThat(dana.displayName()).isEmpty();
    assertThat(dana.leftAt()).contains(Groups.START.plus(Duration.ofDays(2)));
    assertThat(dana.isActive()).isFalse();
    assertThat(f.state.members()).containsKey(DANA);
  }

  @Test
  void should_not_let_a_member_who_left_come_back_under_the_same_id() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.leave(DANA));

    f.when(Groups.join(DANA, Standing.NEWCOMER, 1))
        .thenRejected(Rejections.idInUse("member", MemberId.of("dana")));
  }

  @Test
  void should_not_let_a_member_who_left_act_for_the_group() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.leave(DANA));

    f.when(Groups.draft(DANA, "p1", Groups.logistics("Tuesdays")))
        .thenRejected(Rejections.hasLeft(MemberId.of("dana")));
    f.when(Groups.leave(DANA)).thenRejected(Rejections.hasLeft(MemberId.of("dana")));
  }

  @Test
  void should_refuse_commands_from_someone_who_never_joined() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.draft(ERIN, "p1", Groups.logistics("Tuesdays")))
        .thenRejected(Rejections.notAMember(MemberId.of("erin")));
  }

  @Test
  void should_not_count_the_stance_of_a_member_who_left_before_the_close() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(DANA, "p1"))
            .and(Groups.leave(DANA))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .after(Duration.ofDays(3));

    GroupFixture.Then then = f.when(Groups.close(CAROL, "p1"));

    ProposalDecided decided =
        then.thenEvents(ProposalDecided.class, MeetingPlanChanged.class)
            .event(0, ProposalDecided.class);
    assertThat(decided.tally().electorate()).as("dana no longer counts").isEqualTo(3);
    assertThat(decided.tally().agree()).isEqualTo(2);
    assertThat(decided.tally().silent()).isEqualTo(1);
    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().stanceOf(DANA))
        .as("her stance stays on record")
        .isPresent();
  }

  @Test
  void should_refuse_to_leave_before_the_founding_guidelines_are_adopted() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));

    f.when(Groups.leave(BOB))
        .thenRejected(
            RejectionReason.WRONG_STATE,
            "a founder cannot leave before the founding guidelines are adopted; revise the"
                + " founding instead");
  }

  @Test
  void should_make_a_newcomer_a_member_by_a_group_decision() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.standing(DANA, Standing.MEMBER)))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.agree(CAROL, "p1"));

    GroupFixture.Then then =
        f.when(Groups.close(ALICE, "p1")).thenEvents(ProposalDecided.class, StandingChanged.class);

    assertThat(then.event(1, StandingChanged.class).decidedBy()).isEqualTo(ProposalId.of("p1"));
    assertThat(f.state.member(DANA).orElseThrow().standing()).isEqualTo(Standing.MEMBER);
  }

  @Test
  void should_remove_a_member_only_by_a_group_decision() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.removal(DANA)))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.agree(CAROL, "p1"));

    GroupFixture.Then then =
        f.when(Groups.close(BOB, "p1")).thenEvents(ProposalDecided.class, MemberLeft.class);

    assertThat(then.event(1, MemberLeft.class).removedBy()).contains(ProposalId.of("p1"));
    assertThat(f.state.member(DANA).orElseThrow().isActive()).isFalse();
  }

  @Test
  void should_refuse_a_membership_proposal_that_changes_nothing() {
    GroupFixture f =
        GroupFixture.given(Groups.founded()).and(Groups.join(DANA, Standing.NEWCOMER, 1));

    f.when(Groups.draft(ALICE, "p1", Groups.standing(DANA, Standing.NEWCOMER)))
        .thenRejected(RejectionReason.INVALID, "dana already has that standing");
    f.when(Groups.draft(ALICE, "p1", Groups.standing(MemberId.of("erin"), Standing.MEMBER)))
        .thenRejected(Rejections.unknownMember(MemberId.of("erin")));
  }
}
