package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.event.FacilitationVolunteered;
import io.github.peerled.core.event.FacilitatorHandedOver;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.leadership.ImmutableRotationPolicy;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared leadership through the engine: who facilitates each session, and hand-overs. */
class LeadershipRotationTest {
  private static GroupFixture group(RotationPolicy rotation) {
    return GroupFixture.given(
        Groups.founded(GovernanceSettings.custom().rotation(rotation).build()));
  }

  /** Schedules and starts a session; returns its started event. */
  private static SessionStarted session(GroupFixture f, String id, MemberId... attendees) {
    f.and(Groups.schedule(ALICE, id, f.clock.instant().plus(Duration.ofDays(1))));
    return f.when(Groups.start(ALICE, id, attendees))
        .thenEvents(SessionStarted.class, FacilitatorHandedOver.class)
        .event(0, SessionStarted.class);
  }

  private static List<MemberId> facilitators(GroupFixture f, int sessions, MemberId... present) {
    List<MemberId> out = new ArrayList<>();
    for (int i = 1; i <= sessions; i++) {
      out.add(session(f, "s" + i, present).facilitator());
    }
    return out;
  }

  @Test
  void should_take_turns_round_robin_in_joining_order() {
    GroupFixture f = group(RotationPolicy.ofDefaults());

    assertThat(facilitators(f, 5)).containsExactly(ALICE, BOB, CAROL, ALICE, BOB);
  }

  @Test
  void should_record_the_hand_over_when_a_session_starts() {
    GroupFixture f = group(RotationPolicy.ofDefaults());
    session(f, "s1");

    f.and(Groups.schedule(ALICE, "s2", Groups.START));
    FacilitatorHandedOver h =
        f.when(Groups.start(CAROL, "s2"))
            .thenEvents(SessionStarted.class, FacilitatorHandedOver.class)
            .event(1, FacilitatorHandedOver.class);

    assertThat(h.previous()).contains(ALICE);
    assertThat(h.to()).isEqualTo(BOB);
    assertThat(f.state.leadership().lastFacilitator()).contains(BOB);
    assertThat(f.state.leadership().sessionsStarted()).isEqualTo(2);
  }

  @Test
  void should_pick_only_among_those_present() {
    GroupFixture f = group(RotationPolicy.ofDefaults());

    assertThat(facilitators(f, 3, BOB, CAROL)).containsExactly(BOB, CAROL, BOB);
  }

  @Test
  void should_let_the_consecutive_turn_limit_give_way_when_nobody_else_is_present() {
    GroupFixture f = group(RotationPolicy.ofDefaults());
    session(f, "s1", ALICE);

    SessionStarted again = session(f, "s2", ALICE);

    assertThat(again.facilitator()).isEqualTo(ALICE);
    assertThat(again.reason())
        .isEqualTo(
            "round robin (the consecutive-turn limit gave way: nobody else could facilitate)");
    assertThat(f.state.leadership().streak()).isEqualTo(2);
    assertThat(session(f, "s3", ALICE, BOB).facilitator()).isEqualTo(BOB);
  }

  @Test
  void should_allow_consecutive_turns_up_to_the_limit() {
    GroupFixture f =
        group(
            ImmutableRotationPolicy.builder()
                .kind(RotationKind.VOLUNTEER)
                .maxConsecutiveTurns(2)
                .build());
    List<MemberId> chosen = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      f.and(Groups.schedule(ALICE, "s" + i, Groups.START));
      f.when(Groups.volunteer(CAROL, "s" + i)).thenEvents(FacilitationVolunteered.class);
      chosen.add(f.when(Groups.start(ALICE, "s" + i)).event(0, SessionStarted.class).facilitator());
    }

    assertThat(chosen).containsExactly(CAROL, CAROL, ALICE);
  }

  @Test
  void should_keep_newcomers_out_of_the_rotation_during_their_newcomer_period() {
    GroupFixture f =
        GroupFixture.given(
                Groups.founded(
                    GovernanceSettings.custom().newcomerPeriod(Duration.ofDays(10)).build()))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1));

    assertThat(facilitators(f, 3, BOB, DANA)).containsExactly(BOB, BOB, BOB);

    f.after(Duration.ofDays(10));
    assertThat(session(f, "s4", BOB, DANA).facilitator()).isEqualTo(DANA);
  }

  @Test
  void should_let_newcomers_facilitate_when_the_policy_allows_it() {
    GroupFixture f =
        group(ImmutableRotationPolicy.builder().newcomersEligible(true).build())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1));

    assertThat(facilitators(f, 2, BOB, DANA)).containsExactly(BOB, DANA);
  }

  @Test
  void should_fall_back_to_newcomers_when_nobody_eligible_is_present() {
    GroupFixture f =
        group(RotationPolicy.ofDefaults()).and(Groups.join(DANA, Standing.NEWCOMER, 1));

    SessionStarted started = session(f, "s1", DANA);

    assertThat(started.facilitator()).isEqualTo(DANA);
    assertThat(started.reason())
        .isEqualTo("round robin (nobody was eligible, so every active peer was considered)");
  }

  @Test
  void should_choose_a_volunteer_and_fall_back_to_round_robin_without_one() {
    GroupFixture f = group(RotationPolicy.of(RotationKind.VOLUNTEER));
    f.and(Groups.schedule(ALICE, "s1", Groups.START)).and(Groups.volunteer(CAROL, "s1"));

    SessionStarted volunteered = f.when(Groups.start(ALICE, "s1")).event(0, SessionStarted.class);
    assertThat(volunteered.facilitator()).isEqualTo(CAROL);
    assertThat(volunteered.reason()).isEqualTo("volunteered");

    SessionStarted nobody = session(f, "s2");
    assertThat(nobody.facilitator()).isEqualTo(ALICE);
    assertThat(nobody.reason()).isEqualTo("nobody volunteered, so round robin");
  }

  @Test
  void should_refuse_a_second_volunteering_for_the_same_session() {
    GroupFixture f =
        group(RotationPolicy.of(RotationKind.VOLUNTEER))
            .and(Groups.schedule(ALICE, "s1", Groups.START))
            .and(Groups.volunteer(CAROL, "s1"));

    f.when(Groups.volunteer(CAROL, "s1"))
        .thenRejected(RejectionReason.INVALID, "carol has already volunteered for s1");
  }

  @Test
  void should_draw_the_same_lottery_for_the_same_seed() {
    RotationPolicy lottery =
        ImmutableRotationPolicy.builder().kind(RotationKind.LOTTERY).seed(2026L).build();

    List<MemberId> first = facilitators(group(lottery), 6);
    List<MemberId> second = facilitators(group(lottery), 6);

    assertThat(first).isEqualTo(second);
    for (int i = 1; i < first.size(); i++) {
      assertThat(first.get(i)).as("no two turns in a row").isNotEqualTo(first.get(i - 1));
    }
  }

  @Test
  void should_pair_a_facilitator_with_a_co_facilitator() {
    GroupFixture f = group(RotationPolicy.of(RotationKind.CO_FACILITATOR_PAIRS));

    SessionStarted s1 = session(f, "s1");
    SessionStarted s2 = session(f, "s2");

    assertThat(s1.facilitator()).isEqualTo(ALICE);
    assertThat(s1.coFacilitator()).contains(BOB);
    assertThat(s1.reason()).isEqualTo("round robin in pairs");
    assertThat(s2.facilitator()).isEqualTo(CAROL);
    assertThat(s2.coFacilitator()).contains(ALICE);
  }

  @Test
  void should_not_hand_facilitation_to_a_newcomer_during_their_newcomer_period() {
    // given dana joined today, with a newcomer period of ten days, and alice facilitates
    GroupFixture f =
        GroupFixture.given(
                Groups.founded(
                    GovernanceSettings.custom().newcomerPeriod(Duration.ofDays(10)).build()))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1));
    assertThat(session(f, "s1", ALICE, DANA).facilitator()).isEqualTo(ALICE);

    // then alice may not hand over to dana during the period, as rotation would not pick her
    f.when(Groups.handOver(ALICE, "s1", DANA))
        .thenRejected(
            Rejections.newcomerNotAsked(
                MemberId.of("dana"), Instant.parse("2026-01-15T18:30:00Z")));

    // and may once it is over
    f.after(Duration.ofDays(10));
    f.when(Groups.handOver(ALICE, "s1", DANA)).thenEvents(FacilitatorHandedOver.class);
  }

  @Test
  void should_hand_facilitation_to_a_newcomer_when_the_policy_allows_it() {
    GroupFixture f =
        group(ImmutableRotationPolicy.builder().newcomersEligible(true).build())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1));
    session(f, "s1", ALICE, DANA);

    f.when(Groups.handOver(ALICE, "s1", DANA)).thenEvents(FacilitatorHandedOver.class);
    assertThat(f.state.session(SessionId.of("s1")).orElseThrow().facilitator()).contains(DANA);
  }

  @Test
  void should_hand_over_facilitation_during_a_session() {
    GroupFixture f = group(RotationPolicy.ofDefaults());
    session(f, "s1", ALICE, BOB);

    f.when(Groups.handOver(BOB, "s1", CAROL))
        .thenRejected(
            Rejections.notFacilitator(MemberId.of("bob"), SessionId.of("s1"), "hand over"));
    f.when(Groups.handOver(ALICE, "s1", CAROL))
        .thenRejected(RejectionReason.INVALID, "carol is not present at the session");
    f.when(Groups.handOver(ALICE, "s1", ALICE))
        .thenRejected(RejectionReason.INVALID, "alice already facilitates");
    FacilitatorHandedOver h =
        f.when(Groups.handOver(ALICE, "s1", BOB))
            .thenEvents(FacilitatorHandedOver.class)
            .event(0, FacilitatorHandedOver.class);

    assertThat(h.previous()).contains(ALICE);
    assertThat(h.to()).isEqualTo(BOB);
    Session s = f.state.session(SessionId.of("s1")).orElseThrow();
    assertThat(s.facilitator()).contains(BOB);
  }
}
