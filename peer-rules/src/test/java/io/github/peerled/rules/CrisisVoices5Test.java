package io.github.peerled.rules;

import io.github.peerled.rules.CrisisVoices.Split;
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
  // every tuning set (threshold 0.40): recall 57/67 (0.851), false alarms 9/111 (0.081); at the
  // threshold 0.31 that keeps the recall of the model before: 58/67, 9/111. The floor and ceiling
  // keep that, a little below; for crisis a miss is worse than a false alarm.
  private static final double RECALL_FLOOR = 0.83;
  private static final double FALSE_ALARM_CEILING = 0.10;

  private static final CrisisVoices VOICES = CrisisVoices.heldOutThird("voices5");

  @Test
  void should_hold_enough_distinct_voices_a_third_held_out() {
    VOICES.assertDistinctWithAThirdHeldOut(MIN_CRISIS, MIN_NEGATIVES);
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
