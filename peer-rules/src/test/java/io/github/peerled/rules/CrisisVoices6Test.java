package io.github.peerled.rules;

import io.github.peerled.rules.CrisisVoices.Split;
import org.junit.jupiter.api.Test;

/**
 * Measures the crisis reading on the held-out third of a sixth set of voices ({@code
 * /safety/voices6/}): disclosures and hard negatives in voices the other sets lack (Scots and
 * Northern English, Irish, Caribbean, African American English, Singlish, South African, Nigerian
 * and Indian English, text-speak, voice-to-text errors, English as another language, a clinical
 * register), written before the rules were run on it. The rules were tuned on the other two thirds;
 * the held-out third is only counted. The learned reading was not trained on any of it.
 */
class CrisisVoices6Test {
  private static final int MIN_CRISIS = 150;
  private static final int MIN_NEGATIVES = 200;

  // Measured on the held-out third before the rules were tuned on the set: recall 48/62 (0.774),
  // false alarms 13/71 (0.183); after the dialect spellings and the in-passing overdoses: recall
  // 52/62 (0.839), false alarms 13/71. The floor and ceiling keep that, a little below; for
  // crisis a miss is worse than a false alarm.
  private static final double RECALL_FLOOR = 0.82;
  private static final double FALSE_ALARM_CEILING = 0.20;

  private static final CrisisVoices VOICES = CrisisVoices.heldOutThird("voices6");

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
