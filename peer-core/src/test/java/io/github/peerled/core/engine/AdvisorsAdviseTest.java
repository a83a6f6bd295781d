package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.Comment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.ProposalCommented;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.ContributionKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Advisors and guests advise and comment; decisions stay with the group. */
class AdvisorsAdviseTest {
  private static GroupFixture withOutsiders() {
    return GroupFixture.given(Groups.founded())
        .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
        .and(Groups.join(GUEST, Standing.GUEST, 1))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"))
        .and(Groups.schedule(ALICE, "s1", Groups.START.plus(Duration.ofDays(7))));
  }

  @Test
  void should_let_an_advisor_comment_and_recommend() {
    GroupFixture f = withOutsiders();

    GroupFixture.Then then =
        f.when(Groups.comment(DR_EVANS, "p1", "The library has step-free access.", true))
            .thenEvents(ProposalCommented.class);

    assertThat(then.event(0, ProposalCommented.class).recommendation()).isTrue();
    Comment c = f.state.proposal(ProposalId.of("p1")).orElseThrow().comments().get(0);
    assertThat(c.author()).isEqualTo(DR_EVANS);
    assertThat(c.recommendation()).isTrue();
  }

  @Test
  void should_let_a_guest_comment() {
    GroupFixture f = withOutsiders();

    f.when(Groups.comment(GUEST, "p1", "Tuesdays suit visitors too.", false))
        .thenEvents(ProposalCommented.class);
  }

  @Test
  void should_keep_advisors_and_guests_out_of_the_electorate() {
    GroupFixture f = withOutsiders();

    assertThat(f.state.proposal(ProposalId.of("p1")).orElseThrow().electorate())
        .containsExactly(ALICE, BOB, CAROL);
  }

  @Test
  void should_never_let_an_advisor_or_guest_take_a_stance_or_block() {
    for (MemberId outsider : List.of(DR_EVANS, GUEST)) {
      GroupFixture f = withOutsiders();
      f.when(Groups.agree(outsider, "p1"))
          .thenRejected(Rejections.notAPeer(outsider, "take a stance that counts"));
      f.when(Groups.object(outsider, "p1", "I block this."))
          .thenRejected(Rejections.notAPeer(outsider, "take a stance that counts"));
    }
  }

  @Test
  void should_never_let_an_advisor_or_guest_propose_or_run_a_decision() {
    for (MemberId outsider : List.of(DR_EVANS, GUEST)) {
      GroupFixture f = withOutsiders();
      f.when(Groups.draft(outsider, "p2", Groups.logistics("Mondays")))
          .thenRejected(Rejections.notAPeer(outsider, "propose a binding change"));
      f.when(Groups.open(outsider, "p1"))
          .thenRejected(Rejections.notAPeer(outsider, "open a proposal"));
      f.when(Groups.close(outsider, "p1"))
          .thenRejected(Rejections.notAPeer(outsider, "close a decision"));
      f.when(Groups.withdraw(outsider, "p1"))
          .thenRejected(Rejections.notAPeer(outsider, "withdraw a proposal"));
    }
  }

  @Test
  void should_never_let_an_advisor_or_guest_facilitate() {
    for (MemberId outsider : List.of(DR_EVANS, GUEST)) {
      GroupFixture f = withOutsiders();
      f.when(Groups.schedule(outsider, "s2", Groups.START))
          .thenRejected(Rejections.notAPeer(outsider, "schedule a session"));
      f.when(Groups.volunteer(outsider, "s1"))
          .thenRejected(Rejections.notAPeer(outsider, "facilitate"));
      f.when(Groups.start(outsider, "s1"))
          .thenRejected(Rejections.notAPeer(outsider, "start a session"));
    }
    GroupFixture f = withOutsiders().and(Groups.start(ALICE, "s1", ALICE, BOB, DR_EVANS));
    f.when(Groups.handOver(ALICE, "s1", DR_EVANS))
        .thenRejected(
            RejectionReason.NOT_PERMITTED, "dr-evans cannot facilitate: the facilitator is a peer");
    f.when(Groups.closeSession(DR_EVANS, "s1"))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "close a session"));
  }

  @Test
  void should_not_start_a_session_attended_only_by_outsiders() {
    GroupFixture f = withOutsiders();

    f.when(Groups.start(ALICE, "s1", DR_EVANS, GUEST))
        .thenRejected(
            RejectionReason.INVALID,
            "nobody present can facilitate: facilitators are active peers");
  }

  @Test
  void should_not_make_an_advisor_a_mentor() {
    GroupFixture f = withOutsiders();

    f.when(Groups.draft(ALICE, "p2", Groups.mentors(DR_EVANS)))
        .thenRejected(RejectionReason.INVALID, "dr-evans is not an active peer; mentors are peers");
  }

  @Test
  void should_not_count_advisors_or_guests_toward_quorum() {
    GroupFixture f = withOutsiders();
    f.and(Groups.comment(DR_EVANS, "p1", "I recommend it.", true))
        .and(Groups.comment(GUEST, "p1", "Me too.", false))
        .and(Groups.agree(ALICE, "p1"))
        .after(Duration.ofDays(3));

    var tally = f.when(Groups.close(BOB, "p1")).event(0, ProposalDecided.class).tally();

    assertThat(tally.electorate()).isEqualTo(3);
    assertThat(tally.participated()).isEqualTo(1);
    assertThat(tally.quorumRequired()).isEqualTo(2);
    assertThat(tally.quorumMet()).isFalse();
  }

  @Test
  void should_let_advisors_and_guests_take_part_in_sessions() {
    GroupFixture f = withOutsiders().and(Groups.start(ALICE, "s1", ALICE, BOB));

    f.when(Groups.say(DR_EVANS, "s1", ContributionKind.SHARING, "The clinic runs a foot check."))
        .thenEvents(AttendanceRecorded.class, ContributionRecorded.class);
    f.when(Groups.attend(GUEST, "s1", GUEST)).thenEvents(AttendanceRecorded.class);
  }

  @Test
  void should_let_a_guest_made_member_by_decision_take_stances_afterwards() {
    GroupFixture f = withOutsiders();
    List<GroupCommand> decision =
        List.of(
            Groups.draft(BOB, "p2", Groups.standing(GUEST, Standing.MEMBER)),
            Groups.open(BOB, "p2"),
            Groups.agree(ALICE, "p2"),
            Groups.agree(BOB, "p2"),
            Groups.agree(CAROL, "p2"),
            Groups.close(BOB, "p2"),
            Groups.draft(ALICE, "p3", Groups.logistics("Mondays")),
            Groups.open(ALICE, "p3"));
    f.and(decision);

    f.when(Groups.stance(GUEST, "p3", StanceKind.AGREE, ""))
        .thenEvents(io.github.peerled.core.event.StanceTaken.class);
    f.when(Groups.agree(GUEST, "p1"))
        .thenRejected(Rejections.notInElectorate(MemberId.of("visitor"), ProposalId.of("p1")));
  }
}
