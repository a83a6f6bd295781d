package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.CrisisVoices.Split;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the crisis reading on a second, independent set of voices ({@code /safety/voices2/}):
 * teenagers in chat spelling, older adults, people writing in a second language, men who
 * understate, people who speak only of logistics, means in passing, a burden, sleep wished
 * permanent, crisis mixed with a joke or an emoji, and crisis as an answer mid-thread; the hard
 * negatives are dark humour, grief for others, fiction, doses and overdoses in a harmless sense,
 * past crisis told as recovery and exhaustion idioms. Split like the first set (held out when the
 * first byte of the utterance's SHA-256 is below 128); the held-out half is only counted.
 */
class CrisisVoices2Test {
  private static final int MIN_LINES = 150;

  // Measured before this set was read by anyone tuning the reader: recall 39/74 held out and 53/98
  // tuning, false alarms 7/88 and 5/85. After tuning on the tuning halves only: recall 89/98 and
  // false alarms 1/85 on the tuning half; on the held-out half, measured once at the end, recall
  // 47/74 (0.635) and false alarms 8/88. The floors keep what the reading reached, a little below;
  // they are not the target (0.95), and the gap between the halves is what is left to close.
  // With the learned reading beside the rules (trained and its threshold chosen by cross-validation
  // on the tuning halves only, for recall before false alarms): recall 98/98 and false alarms 1/85
  // on the tuning half; held out, measured once after the merge, recall 57/74 (0.770) and false
  // alarms 11/88. The ceiling follows that trade-off; nothing was tuned on the held-out half.
  // With the model scoring clauses, the paraphrase lines and a fourth set of training voices: held
  // out, measured once after the merge, recall 64/74 (0.865) and false alarms 18/88 (0.205).
  private static final double HELDOUT_RECALL_FLOOR = 0.84;
  private static final double TUNING_RECALL_FLOOR = 0.97;
  private static final double HELDOUT_FALSE_ALARM_CEILING = 0.22;
  private static final double TUNING_FALSE_ALARM_CEILING = 0.03;

  private static final CrisisVoices VOICES = new CrisisVoices("voices2");

  /** Lists the tuning half's lines; of the held-out half only the count is told. */
  private static String listing(Split split, String what, List<String> lines, int of) {
    String count = String.format(Locale.ROOT, "%s %d of %d", what, lines.size(), of);
    return split == Split.HELDOUT
        ? count
        : count + String.format(":%n  ") + String.join(String.format("%n  "), lines);
  }

  private static void assertRecall(Split split, double floor) {
    List<String> crisis = VOICES.split(CrisisVoices.CRISIS, split);
    List<String> misses = CrisisVoices.reading(crisis, false);
    double recall = 1.0 - (double) misses.size() / crisis.size();

    assertThat(recall)
        .withFailMessage(
            "%s recall %.3f below its floor %.3f; %s",
            split, recall, floor, listing(split, "missed", misses, crisis.size()))
        .isGreaterThanOrEqualTo(floor);
  }

  private static void assertFalseAlarms(Split split, double ceiling) {
    List<String> negatives = VOICES.split(CrisisVoices.NOT_CRISIS, split);
    List<String> alarms = CrisisVoices.reading(negatives, true);
    double rate = (double) alarms.size() / negatives.size();

    assertThat(rate)
        .withFailMessage(
            "%s false-alarm rate %.3f above its ceiling %.3f; %s",
            split, rate, ceiling, listing(split, "alarmed on", alarms, negatives.size()))
        .isLessThanOrEqualTo(ceiling);
  }

  @Test
  void should_hold_enough_distinct_voices_in_both_halves_of_each_file() {
    for (String name : List.of(CrisisVoices.CRISIS, CrisisVoices.NOT_CRISIS)) {
      List<String> all = VOICES.lines(name);

      assertThat(all).as(name).hasSizeGreaterThanOrEqualTo(MIN_LINES).doesNotHaveDuplicates();
      assertThat(VOICES.split(name, Split.HELDOUT)).as(name).isNotEmpty();
      assertThat(VOICES.split(name, Split.TUNING)).as(name).isNotEmpty();
    }
  }

  @Test
  void should_keep_heldout_crisis_recall_at_its_floor() {
    assertRecall(Split.HELDOUT, HELDOUT_RECALL_FLOOR);
  }

  @Test
  void should_keep_tuning_crisis_recall_at_its_floor() {
    assertRecall(Split.TUNING, TUNING_RECALL_FLOOR);
  }

  @Test
  void should_keep_heldout_false_alarms_under_their_ceiling() {
    assertFalseAlarms(Split.HELDOUT, HELDOUT_FALSE_ALARM_CEILING);
  }

  @Test
  void should_keep_tuning_false_alarms_under_their_ceiling() {
    assertFalseAlarms(Split.TUNING, TUNING_FALSE_ALARM_CEILING);
  }
}
