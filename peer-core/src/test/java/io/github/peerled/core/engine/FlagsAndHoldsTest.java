package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.event.ContributionFlagged;
import io.github.peerled.core.event.ContributionHeld;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.HoldReviewed;
import io.github.peerled.core.event.ImmutableContributionHeld;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.ContributionFlags;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.HoldStatus;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flags on a contribution, the hold they bring at the group's threshold, and its review. */
class FlagsAndHoldsTest {
  private static final SessionId S1 = SessionId.of("s1");

  /**
   * A group (alice, bob, carol, dana, an advisor and a guest) whose threshold is two flags, with a
   * session open in which carol said something hostile (1) and bob answered (2).
   */
  static GroupFixture session(GovernanceSettings governance) {
    return GroupFixture.given(Groups.founded(governance))
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
        .and(Groups.join(GUEST, Standing.GUEST, 1))
        .and(Groups.schedule(ALICE, "s1", Groups.START.plus(Duration.ofDays(1))))
        .and(Groups.start(ALICE, "s1", ALICE, BOB, CAROL, DANA))
        .and(Groups.say(CAROL, "s1", ContributionKind.OTHER, "Only an idiot would say that, Bob."))
        .and(Groups.say(BOB, "s1", ContributionKind.RESPONSE, "That hurt, Carol."));
  }

  static GroupFixture session() {
    return session(GovernanceSettings.custom().flagThreshold(2).build());
  }

  static MemberId facilitator(GroupFixture f) {
    return f.state.session(S1).orElseThrow().facilitator().orElseThrow();
  }

  @Test
  void should_record_a_flag_with_its_reason_and_hold_the_contribution_at_the_threshold() {
    GroupFixture f = session().and(Care.flag(BOB, "s1", 1, "A personal attack."));
    assertThat(f.state.isHidden(S1, 1)).as("one flag of two holds nothing").isFalse();

    GroupFixture.Then then =
        f.when(Care.flag(DANA, "s1", 1))
            .thenEvents(ContributionFlagged.class, ContributionHeld.class);

    ContributionHeld held = then.event(1, ContributionHeld.class);
    assertThat(held.actor()).isEqualTo(DANA);
    assertThat(held.flags()).isEqualTo(2);
    assertThat(held.threshold()).isEqualTo(2);
    ContributionFlags flags = then.state().flagsOf(S1, 1).orElseThrow();
    assertThat(flags.flaggedBy()).containsExactly(BOB, DANA);
    assertThat(flags.hold()).isEqualTo(HoldStatus.HELD);
    assertThat(flags.heldAt()).contains(then.decidedAt());
    assertThat(then.state().isHidden(S1, 1)).isTrue();
    assertThat(then.state().isHidden(S1, 2)).isFalse();
    assertThat(then.state().session(S1).orElseThrow().contributions()).isEqualTo(2);
    assertThat(contributionsInLog(f.log))
        .as("the held contribution stays in the log, with its text")
        .contains("Only an idiot would say that, Bob.");
  }

  @Test
  void should_keep_the_flaggers_reason_in_the_event_and_not_in_the_state() {
    GroupFixture.Then then =
        session()
            .when(Care.flag(BOB, "s1", 1, "A personal attack."))
            .thenEvents(ContributionFlagged.class);

    assertThat(then.event(0, ContributionFlagged.class).reason()).isEqualTo("A personal attack.");
    assertThat(then.state().flaggedContributions()).hasSize(1);
  }

  @Test
  void should_refuse_a_second_flag_by_the_same_member() {
    session()
        .and(Care.flag(BOB, "s1", 1))
        .when(Care.flag(BOB, "s1", 1, "Again."))
        .thenRejected(CareDecisions.flaggedAlready(BOB, S1, 1));
  }

  @Test
  void should_let_advisors_flag_and_not_guests_unless_the_group_decides_otherwise() {
    GroupFixture byDefault = session();
    byDefault.when(Care.flag(DR_EVANS, "s1", 1)).thenEvents(ContributionFlagged.class);
    byDefault
        .when(Care.flag(GUEST, "s1", 1))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "visitor may not flag contributions: the group does not let guests flag"
                + " (governance setting guestsMayFlag)");

    GroupFixture turned =
        session(
            GovernanceSettings.custom()
                .flagThreshold(2)
                .advisorsMayFlag(false)
                .guestsMayFlag(true)
                .build());
    turned
        .when(Care.flag(DR_EVANS, "s1", 1))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "dr-evans may not flag contributions: the group does not let advisors flag"
                + " (governance setting advisorsMayFlag)");
    turned.when(Care.flag(GUEST, "s1", 1)).thenEvents(ContributionFlagged.class);
  }

  @Test
  void should_refuse_a_flag_on_a_contribution_that_does_not_exist_or_without_a_reason() {
    GroupFixture f = session();

    f.when(Care.flag(BOB, "s1", 3))
        .thenRejected(
            RejectionReason.INVALID,
            "$.number: session s1 has no contribution 3; it has 2 contributions");
    f.when(Care.flag(BOB, "s1", 0)).thenRejected(RejectionReason.INVALID);
    f.when(Care.flag(BOB, "s9", 1)).thenRejected(Rejections.unknownSession(SessionId.of("s9")));
    f.when(Care.flag(BOB, "s1", 1, " ")).thenRejected(Rejections.blank("$.reason"));
    f.when(Care.flag(MemberId.of("nobody"), "s1", 1))
        .thenRejected(Rejections.notAMember(MemberId.of("nobody")));
  }

  @Test
  void should_let_the_facilitator_release_a_hold_with_a_reason_after_which_flags_hold_it_no_more() {
    GroupFixture f = session().and(Care.flag(BOB, "s1", 1)).and(Care.flag(DANA, "s1", 1));
    MemberId facilitator = facilitator(f);
    assertThat(facilitator).isIn(ALICE, CAROL); // neither flagged it

    GroupFixture.Then then =
        f.when(Care.review(facilitator, "s1", 1, false)).thenEvents(HoldReviewed.class);

    HoldReviewed r = then.event(0, HoldReviewed.class);
    assertThat(r.kept()).isFalse();
    assertThat(r.actor()).isEqualTo(facilitator);
    assertThat(r.reason()).isEqualTo("Read in context it is a joke between friends.");
    ContributionFlags flags = then.state().flagsOf(S1, 1).orElseThrow();
    assertThat(flags.hold()).isEqualTo(HoldStatus.RELEASED);
    assertThat(flags.reviewedBy()).contains(facilitator);
    assertThat(then.state().isHidden(S1, 1)).isFalse();

    MemberId other = facilitator.equals(ALICE) ? CAROL : ALICE;
    f.when(Care.flag(other, "s1", 1)).thenEvents(ContributionFlagged.class);
    assertThat(f.state.flagsOf(S1, 1).orElseThrow().hold()).isEqualTo(HoldStatus.RELEASED);
  }

  @Test
  void should_let_the_facilitator_keep_a_hold_which_then_stays_hidden() {
    GroupFixture f = session().and(Care.flag(BOB, "s1", 1)).and(Care.flag(DANA, "s1", 1));

    GroupFixture.Then then =
        f.when(Care.review(facilitator(f), "s1", 1, true)).thenEvents(HoldReviewed.class);

    assertThat(then.state().flagsOf(S1, 1).orElseThrow().hold()).isEqualTo(HoldStatus.KEPT);
    assertThat(then.state().isHidden(S1, 1)).isTrue();
    f.when(Care.review(facilitator(f), "s1", 1, false))
        .thenRejected(CareDecisions.holdInWrongState(S1, 1, HoldStatus.KEPT));
  }

  @Test
  void should_refuse_a_review_of_a_contribution_not_held_or_by_anyone_but_a_facilitator() {
    GroupFixture f = session().and(Care.flag(BOB, "s1", 1));
    f.when(Care.review(facilitator(f), "s1", 1, true))
        .thenRejected(CareDecisions.holdInWrongState(S1, 1, HoldStatus.NOT_HELD));
    f.and(Care.flag(DANA, "s1", 1));

    GroupFixture.Then byDana = f.when(Care.review(DANA, "s1", 1, true));
    assertThat(byDana.thenRejected(RejectionReason.NOT_PERMITTED).message())
        .isEqualTo(
            "only the facilitator or co-facilitator of session s1, or the group's latest"
                + " facilitator, may review the hold of contribution 1, not dana");
    f.when(Care.review(DR_EVANS, "s1", 1, true))
        .thenRejected(Rejections.notAPeer(DR_EVANS, "review a hold"));
    f.when(
            io.github.peerled.core.command.ReviewHold.builder()
                .actor(facilitator(f))
                .sessionId(S1)
                .number(1)
                .keep(true)
                .reason("")
                .build())
        .thenRejected(Rejections.blank("$.reason"));
  }

  @Test
  void should_refuse_a_review_by_a_facilitator_who_flagged_the_contribution() {
    GroupFixture f = session();
    MemberId facilitator = facilitator(f);
    MemberId other = facilitator.equals(BOB) ? DANA : BOB;
    f.and(Care.flag(facilitator, "s1", 2)).and(Care.flag(other, "s1", 2));

    f.when(Care.review(facilitator, "s1", 2, true))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            facilitator + " flagged contribution 2 of session s1 and may not review its hold");
  }

  @Test
  void should_refuse_to_replay_a_hold_its_flags_do_not_bring() {
    GroupFixture f = session().and(Care.flag(BOB, "s1", 1));
    GroupEvent forged =
        ImmutableContributionHeld.builder()
            .sequence(f.state.version() + 1)
            .groupId(Groups.GROUP)
            .actor(BOB)
            .at(f.clock.instant())
            .sessionId(S1)
            .number(1)
            .flags(2)
            .threshold(2)
            .build();

    assertThatThrownBy(() -> f.engine.evolve(f.state, forged))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "contribution 1 of s1 is held with 2 flags under a threshold of 2, but it has 1");
  }

  /** The texts of the contributions recorded in a log. */
  static List<String> contributionsInLog(List<GroupEvent> log) {
    List<String> texts = new ArrayList<>();
    for (GroupEvent e : log) {
      if (e instanceof ContributionRecorded c) {
        texts.add(c.contribution().text());
      }
    }
    return texts;
  }
}
