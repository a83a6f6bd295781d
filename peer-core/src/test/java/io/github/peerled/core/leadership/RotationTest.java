package io.github.peerled.core.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.MemberId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure choice of a facilitator, rule by rule as the {@link Rotation} Javadoc lists them. */
class RotationTest {
  private static final MemberId A = MemberId.of("a");
  private static final MemberId B = MemberId.of("b");
  private static final MemberId C = MemberId.of("c");
  private static final MemberId N = MemberId.of("newcomer");

  /** A state after some sessions: the last facilitator, their streak, and everyone's last turn. */
  private static LeadershipState after(
      long sessions, MemberId last, int streak, Map<MemberId, Long> lastTurn) {
    return ImmutableLeadershipState.builder()
        .sessionsStarted(sessions)
        .lastFacilitator(last)
        .streak(streak)
        .lastTurn(lastTurn)
        .build();
  }

  private static FacilitatorChoice choose(
      RotationPolicy policy,
      List<MemberId> eligible,
      List<MemberId> volunteers,
      LeadershipState s) {
    return Rotation.choose(policy, eligible, eligible, volunteers, s).orElseThrow();
  }

  @Test
  void should_pick_the_earliest_joiner_who_never_facilitated_first() {
    FacilitatorChoice c =
        choose(RotationPolicy.ofDefaults(), List.of(A, B, C), List.of(), LeadershipState.initial());

    assertThat(c.facilitator()).isEqualTo(A);
    assertThat(c.coFacilitator()).isEmpty();
    assertThat(c.reason()).isEqualTo("round robin");
  }

  @Test
  void should_pick_whoever_facilitated_least_recently() {
    LeadershipState s = after(3, C, 1, Map.of(A, 1L, B, 2L, C, 3L));

    assertThat(choose(RotationPolicy.ofDefaults(), List.of(A, B, C), List.of(), s).facilitator())
        .isEqualTo(A);
  }

  @Test
  void should_leave_out_the_last_facilitator_at_the_consecutive_turn_limit() {
    RotationPolicy two = ImmutableRotationPolicy.builder().maxConsecutiveTurns(2).build();
    LeadershipState once = after(1, A, 1, Map.of(A, 1L));
    LeadershipState twice = after(2, A, 2, Map.of(A, 2L));
    RotationPolicy volunteer =
        ImmutableRotationPolicy.builder()
            .kind(RotationKind.VOLUNTEER)
            .maxConsecutiveTurns(2)
            .build();

    assertThat(choose(volunteer, List.of(A, B), List.of(A), once).facilitator()).isEqualTo(A);
    assertThat(choose(volunteer, List.of(A, B), List.of(A), twice).facilitator()).isEqualTo(B);
    assertThat(choose(two, List.of(A, B), List.of(), twice).facilitator()).isEqualTo(B);
  }

  @Test
  void should_let_the_limit_give_way_when_nobody_else_could_facilitate() {
    FacilitatorChoice c =
        choose(RotationPolicy.ofDefaults(), List.of(A), List.of(), after(1, A, 1, Map.of(A, 1L)));

    assertThat(c.facilitator()).isEqualTo(A);
    assertThat(c.reason())
        .isEqualTo(
            "round robin (the consecutive-turn limit gave way: nobody else could facilitate)");
  }

  @Test
  void should_use_the_fallback_pool_only_when_nobody_is_eligible() {
    FacilitatorChoice c =
        Rotation.choose(
                RotationPolicy.ofDefaults(),
                List.of(),
                List.of(N),
                List.of(),
                LeadershipState.initial())
            .orElseThrow();

    assertThat(c.facilitator()).isEqualTo(N);
    assertThat(c.reason())
        .isEqualTo("round robin (nobody was eligible, so every active peer was considered)");
    assertThat(
            Rotation.choose(
                    RotationPolicy.ofDefaults(),
                    List.of(A),
                    List.of(A, N),
                    List.of(),
                    LeadershipState.initial())
                .orElseThrow()
                .facilitator())
        .isEqualTo(A);
  }

  @Test
  void should_choose_nobody_when_there_is_nobody_at_all() {
    assertThat(
            Rotation.choose(
                RotationPolicy.ofDefaults(),
                List.of(),
                List.of(),
                List.of(A),
                LeadershipState.initial()))
        .isEmpty();
  }

  @Test
  void should_prefer_volunteers_among_the_candidates_only() {
    RotationPolicy volunteer = RotationPolicy.of(RotationKind.VOLUNTEER);
    LeadershipState s = after(2, B, 1, Map.of(A, 1L, B, 2L));

    FacilitatorChoice c = choose(volunteer, List.of(A, B, C), List.of(B, C), s);
    assertThat(c.facilitator()).isEqualTo(C);
    assertThat(c.reason()).isEqualTo("volunteered");

    FacilitatorChoice outsider = choose(volunteer, List.of(A, B), List.of(N), s);
    assertThat(outsider.facilitator()).isEqualTo(A);
    assertThat(outsider.reason()).isEqualTo("nobody volunteered, so round robin");
  }

  @Test
  void should_draw_the_lottery_from_the_seed_and_the_session_ordinal() {
    RotationPolicy lottery =
        ImmutableRotationPolicy.builder().kind(RotationKind.LOTTERY).seed(7L).build();
    List<MemberId> pool = List.of(A, B, C);

    FacilitatorChoice first = choose(lottery, pool, List.of(), LeadershipState.initial());
    FacilitatorChoice again = choose(lottery, pool, List.of(), LeadershipState.initial());

    assertThat(first).isEqualTo(again);
    assertThat(first.reason()).isEqualTo("seeded lottery");
    assertThat(pool).contains(first.facilitator());
    boolean someOtherSeedDrawsDifferently = false;
    for (long seed = 0; seed < 20 && !someOtherSeedDrawsDifferently; seed++) {
      RotationPolicy other = ImmutableRotationPolicy.copyOf(lottery).withSeed(seed);
      someOtherSeedDrawsDifferently =
          !choose(other, pool, List.of(), LeadershipState.initial())
              .facilitator()
              .equals(first.facilitator());
    }
    assertThat(someOtherSeedDrawsDifferently).isTrue();
  }

  @Test
  void should_pair_the_least_recent_facilitator_with_the_next_least_recent() {
    RotationPolicy pairs = RotationPolicy.of(RotationKind.CO_FACILITATOR_PAIRS);
    LeadershipState s = after(1, A, 1, Map.of(A, 1L, B, 1L));

    FacilitatorChoice c = choose(pairs, List.of(A, B, C), List.of(), s);

    assertThat(c.facilitator()).isEqualTo(C);
    assertThat(c.coFacilitator()).contains(A);
    assertThat(choose(pairs, List.of(A), List.of(), LeadershipState.initial()).coFacilitator())
        .isEmpty();
  }
}
