package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.CrisisVoices.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the crisis reading on a third set of voices ({@code /safety/voices3/}), written without
 * the rules' code or word lists in view and held out whole: parents of young children, shift
 * workers, farmers, veterans, people in recovery or in chronic pain, carers and the bereaved,
 * medication as the means, risk hidden in one clause of a long message; the hard negatives are the
 * same openings turned harmless. No line of it is ever listed or used to tune the reading; only the
 * counts are told.
 */
class CrisisVoices3Test {
  private static final int MIN_LINES = 150;

  // Measured once before any change was made with this set in existence: recall 62/171 (0.363),
  // false alarms 12/164 (0.073). With the learned reading beside the rules (trained without this
  // set): recall 84/171 (0.491), false alarms 15/164 (0.091). The floors guard what the reading
  // reaches, a little below it; they are not the target (0.95). With the model scoring clauses,
  // paraphrase lines and a fourth set of training voices (none of them from this set), measured
  // once after the merge: recall 132/171 (0.772), false alarms 27/164 (0.165). For crisis a miss
  // is worse than a false alarm, so the ceiling follows the trade-off.
  private static final double RECALL_FLOOR = 0.75;
  private static final double FALSE_ALARM_CEILING = 0.18;

  private static final CrisisVoices VOICES = CrisisVoices.heldOutWhole("voices3");

  @Test
  void should_hold_enough_distinct_voices_all_held_out() {
    for (String name : List.of(CrisisVoices.CRISIS, CrisisVoices.NOT_CRISIS)) {
      assertThat(VOICES.lines(name))
          .as(name)
          .hasSizeGreaterThanOrEqualTo(MIN_LINES)
          .doesNotHaveDuplicates();
      assertThat(VOICES.split(name, Split.TUNING)).as(name).isEmpty();
    }
  }

  @Test
  void should_keep_crisis_recall_at_its_floor() {
    CrisisVoices.assertRecallAtLeast(
        VOICES.split(CrisisVoices.CRISIS, Split.HELDOUT), RECALL_FLOOR);
  }

  @Test
  void should_keep_false_alarms_under_their_ceiling() {
    CrisisVoices.assertFalseAlarmsAtMost(
        VOICES.split(CrisisVoices.NOT_CRISIS, Split.HELDOUT), FALSE_ALARM_CEILING);
  }
}
