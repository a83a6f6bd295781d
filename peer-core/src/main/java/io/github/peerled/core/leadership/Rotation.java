package io.github.peerled.core.leadership;

import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses who facilitates the next session. A pure function: the same inputs always give the same
 * choice. Thread-safe. (A hand-over during a session follows the same newcomer rule, without the
 * fallback: see {@code HandOverFacilitation}.)
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>The candidates are the eligible members (active peers; newcomers only if the policy allows
 *       it), in the order they joined. If there are none, the fallback pool (every active peer,
 *       newcomers included) is used instead.
 *   <li>The latest facilitator is left out once they have facilitated {@link
 *       RotationPolicy#maxConsecutiveTurns()} sessions in a row, unless nobody else is a candidate.
 *   <li>Round robin picks the candidate who facilitated least recently (never counts as least
 *       recently; ties go to the earlier joiner). Volunteer picks by round robin among the
 *       candidates who volunteered, and among all candidates when nobody did. Lottery draws one
 *       candidate from the policy's seed and the session's ordinal. Co-facilitator pairs pick a
 *       facilitator by round robin and a co-facilitator by round robin among the rest.
 * </ol>
 */
public final class Rotation {
  private Rotation() {}

  /**
   * Chooses the facilitator of the next session.
   *
   * @param policy the rotation policy
   * @param eligible the eligible members, in the order they joined
   * @param fallbackPool every active peer, in the order they joined, used if none is eligible
   * @param volunteers the members who volunteered for the session
   * @param state who has facilitated so far
   * @return the choice, or empty if there is nobody at all who could facilitate
   */
  public static Optional<FacilitatorChoice> choose(
      RotationPolicy policy,
      List<MemberId> eligible,
      List<MemberId> fallbackPool,
      List<MemberId> volunteers,
      LeadershipState state) {
    List<MemberId> pool = eligible;
    String note = "";
    if (pool.isEmpty()) {
      pool = fallbackPool;
      note = " (nobody was eligible, so every active peer was considered)";
    }
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    List<MemberId> candidates = pool;
    Optional<MemberId> last = state.lastFacilitator();
    if (last.isPresent() && state.streak() >= policy.maxConsecutiveTurns()) {
      List<MemberId> without = new ArrayList<>(pool.size());
      for (MemberId m : pool) {
        if (!m.equals(last.get())) {
          without.add(m);
        }
      }
      if (without.isEmpty()) {
        note += " (the consecutive-turn limit gave way: nobody else could facilitate)";
      } else {
        candidates = without;
      }
    }
    long ordinal = state.sessionsStarted() + 1;
    ImmutableFacilitatorChoice.Builder choice = ImmutableFacilitatorChoice.builder();
    switch (policy.kind()) {
      case ROUND_ROBIN -> {
        choice.facilitator(leastRecent(candidates, state)).reason("round robin" + note);
      }
      case VOLUNTEER -> {
        List<MemberId> willing = new ArrayList<>();
        for (MemberId m : candidates) {
          if (volunteers.contains(m)) {
            willing.add(m);
          }
        }
        if (willing.isEmpty()) {
          choice
              .facilitator(leastRecent(candidates, state))
              .reason("nobody volunteered, so round robin" + note);
        } else {
          choice.facilitator(leastRecent(willing, state)).reason("volunteered" + note);
        }
      }
      case LOTTERY -> {
        long draw = SplitMix64.mix(policy.seed(), ordinal);
        int index = (int) Math.floorMod(draw, (long) candidates.size());
        choice.facilitator(candidates.get(index)).reason("seeded lottery" + note);
      }
      case CO_FACILITATOR_PAIRS -> {
        MemberId first = leastRecent(candidates, state);
        List<MemberId> rest = new ArrayList<>(pool.size());
        for (MemberId m : pool) {
          if (!m.equals(first)) {
            rest.add(m);
          }
        }
        choice.facilitator(first).reason("round robin in pairs" + note);
        if (!rest.isEmpty()) {
          choice.coFacilitator(leastRecent(rest, state));
        }
      }
    }
    return Optional.of(choice.build());
  }

  private static MemberId leastRecent(List<MemberId> candidates, LeadershipState state) {
    MemberId best = candidates.get(0);
    long bestTurn = state.lastTurn().getOrDefault(best, 0L);
    for (int i = 1; i < candidates.size(); i++) {
      MemberId m = candidates.get(i);
      long turn = state.lastTurn().getOrDefault(m, 0L);
      if (turn < bestTurn) {
        best = m;
        bestTurn = turn;
      }
    }
    return best;
  }
}
