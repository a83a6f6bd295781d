package io.github.peerled.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The counts of the poll kinds, the instant run-off and its tie rule. */
class PollResultTest {
  private static final Instant AT = Instant.parse("2026-01-05T18:30:00Z");
  private static final List<String> ABC = List.of("A", "B", "C");

  private static List<PollAnswer> ranked(int[]... rankings) {
    List<PollAnswer> out = new ArrayList<>();
    for (int i = 0; i < rankings.length; i++) {
      ImmutablePollAnswer.Builder b =
          ImmutablePollAnswer.builder().member(MemberId.of("m" + i)).at(AT);
      for (int c : rankings[i]) {
        b.addChoices(c);
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<PollAnswer> scored(int[]... scores) {
    List<PollAnswer> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      ImmutablePollAnswer.Builder b =
          ImmutablePollAnswer.builder().member(MemberId.of("m" + i)).at(AT);
      for (int s : scores[i]) {
        b.addScores(s);
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void should_eliminate_the_fewest_and_transfer_their_answers_until_a_majority() {
    // first preferences A 2, B 2, C 1: no majority; C goes, its answer moves to B, B wins 3 of 5
    PollResult r =
        PollResult.count(
            PollKind.RANKED_CHOICE,
            ABC,
            ranked(
                new int[] {0}, new int[] {0, 2}, new int[] {1}, new int[] {1}, new int[] {2, 1}));

    assertThat(r.totals()).containsExactly(2, 2, 1);
    assertThat(r.rounds()).containsExactly(List.of(2, 2, 1), List.of(2, 3, 0));
    assertThat(r.eliminated()).containsExactly(2);
    assertThat(r.winners()).containsExactly(1);
    assertThat(r.explanation())
        .isEqualTo(
            "5 members ranked the options; \"B\" won with 3 of 5 answers counted in round 2,"
                + " after 1 eliminated by instant run-off.");
  }

  @Test
  void should_break_a_tie_for_fewest_by_first_preferences_then_by_the_later_option() {
    // round 1: A 1, B 1, C 0 -> C goes (fewest); round 2: A 1, B 1 tie, equal first preferences:
    // the later option, B, goes; A wins
    PollResult r =
        PollResult.count(PollKind.RANKED_CHOICE, ABC, ranked(new int[] {0}, new int[] {1}));
    assertThat(r.eliminated()).containsExactly(2, 1);
    assertThat(r.winners()).containsExactly(0);

    // options A B C D; first preferences A 3, B 1, C 2, D 1 (D's answer ranks B next).
    // Round 1: B and D tie for fewest with one first preference each: the later, D, goes.
    // Round 2: B 2 and C 2 tie; B had fewer first preferences (1 to 2): B goes, though listed
    // earlier. Round 3: A 3 of 5 wins.
    PollResult s =
        PollResult.count(
            PollKind.RANKED_CHOICE,
            List.of("A", "B", "C", "D"),
            ranked(
                new int[] {0},
                new int[] {0},
                new int[] {0},
                new int[] {2},
                new int[] {2},
                new int[] {1},
                new int[] {3, 1}));
    assertThat(s.rounds())
        .containsExactly(List.of(3, 1, 2, 1), List.of(3, 2, 2, 0), List.of(3, 0, 2, 0));
    assertThat(s.eliminated()).containsExactly(3, 1);
    assertThat(s.winners()).containsExactly(0);
  }

  @Test
  void should_give_score_sums_and_means_and_the_highest_sum_wins() {
    PollResult r =
        PollResult.count(PollKind.SCORE, ABC, scored(new int[] {5, 1, 0}, new int[] {2, 4, 0}));

    assertThat(r.totals()).containsExactly(7, 5, 0);
    assertThat(r.means()).containsExactly(3.5, 2.5, 0.0);
    assertThat(r.winners()).containsExactly(0);
  }

  @Test
  void should_name_every_most_available_slot_on_a_tie_and_none_if_nothing_suits() {
    PollResult r =
        PollResult.count(
            PollKind.TIME, ABC, ranked(new int[] {0, 2}, new int[] {2, 0}, new int[] {}));
    assertThat(r.totals()).containsExactly(2, 0, 2);
    assertThat(r.winners()).containsExactly(0, 2);
    assertThat(r.explanation())
        .isEqualTo("3 members answered; \"A\", \"C\" tie: each suits 2 of them.");

    PollResult none = PollResult.count(PollKind.TIME, ABC, ranked(new int[] {}));
    assertThat(none.winners()).isEmpty();
    assertThat(PollResult.count(PollKind.SIMPLE_CHOICE, ABC, List.of()).explanation())
        .isEqualTo("Nobody answered.");
  }

  @Test
  void should_refuse_to_count_an_answer_that_does_not_fit() {
    assertThatThrownBy(() -> PollResult.count(PollKind.SCORE, ABC, scored(new int[] {1, 2, 6})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the answer of m0: $.scores[2]: a score is 0 to 5, was 6");
  }
}
