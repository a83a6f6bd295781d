package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.CrisisVoices.Split;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the crisis reading on the held-out third of a fifth set of voices ({@code
 * /safety/voices5/}): disclosures and hard negatives from peer-support session talk (plans, means,
 * goodbyes, hedged or buried risk, chat spelling; tiredness, hyperbole, session goodbyes, resolved
 * crises, medication, grief, hospital stays), written before the rules were run on it. The other
 * two thirds are training data of the learned reading; the held-out third is only counted.
 */
class CrisisVoices5Test {
  private static final int MIN_CRISIS = 200;
  private static final int MIN_NEGATIVES = 300;

  // Measured on the held-out third before the learned reading was trained on the set: recall 53/67
  // (0.791), false alarms 11/111 (0.099). Trained on the tuning two thirds and on the sessions of
  // every tuning set (threshold 0.40): recall 57/67 (0.851), false alarms 9/111 (0.081). The
  // floor and ceiling keep that, a little below; for crisis a miss is worse than a false alarm.
  private static final double RECALL_FLOOR = 0.83;
  private static final double FALSE_ALARM_CEILING = 0.10;

  private static final CrisisVoices VOICES = CrisisVoices.heldOutThird("voices5");

  @Test
  void should_hold_enough_distinct_voices_a_third_held_out() {
    assertThat(VOICES.lines(CrisisVoices.CRISIS))
        .hasSizeGreaterThanOrEqualTo(MIN_CRISIS)
        .doesNotHaveDuplicates();
    assertThat(VOICES.lines(CrisisVoices.NOT_CRISIS))
        .hasSizeGreaterThanOrEqualTo(MIN_NEGATIVES)
        .doesNotHaveDuplicates();
    for (String name : List.of(CrisisVoices.CRISIS, CrisisVoices.NOT_CRISIS)) {
      int all = VOICES.lines(name).size();
      assertThat(VOICES.split(name, Split.HELDOUT).size()).as(name).isBetween(all / 5, all / 2);
    }
  }

  @Test
  void should_keep_crisis_recall_at_its_floor() {
    List<String> crisis = VOICES.split(CrisisVoices.CRISIS, Split.HELDOUT);
    int missed = CrisisVoices.reading(crisis, false).size();
    double recall = 1.0 - (double) missed / crisis.size();

    assertThat(recall)
        .withFailMessage(
            "recall %.3f below its floor %.3f (missed %d of %d)",
            recall, RECALL_FLOOR, missed, crisis.size())
        .isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  @Test
  void should_keep_false_alarms_under_their_ceiling() {
    List<String> negatives = VOICES.split(CrisisVoices.NOT_CRISIS, Split.HELDOUT);
    int alarms = CrisisVoices.reading(negatives, true).size();
    double rate = (double) alarms / negatives.size();

    assertThat(rate)
        .withFailMessage(
            "false-alarm rate %.3f above its ceiling %.3f (%d of %d)",
            rate, FALSE_ALARM_CEILING, alarms, negatives.size())
        .isLessThanOrEqualTo(FALSE_ALARM_CEILING);
  }
}
