package io.github.peerled.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.rules.CrisisVoices.Split;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures the crisis reading on an independent set of voices: crisis disclosures and hard
 * negatives written apart from the lexicons the safety rule reads. Each file is split by a hash of
 * the utterance: it is held out when the first byte of its SHA-256 (UTF-8) is below 128, and
 * belongs to the tuning half otherwise. The floors below are what the current reader achieves; they
 * guard against regressions and are not targets.
 */
class CrisisVoicesTest {
  private static final int MIN_LINES = 160;

  // Measured on the stock-phrase reader: recall 37/87 held out, 41/93 tuning; false alarms 6/90
  // held out, 7/91 tuning. On the structural reading: recall 63/87 and 63/93, false alarms 9/90
  // and 6/91. With the classes of harm on purpose, other ending verbs, chat forms, a means staged,
  // being unsafe now, and a sentence that points back: recall 91/93 and false alarms 4/91 on the
  // tuning half, and on the held-out half (never tuned on) recall 67/87 and false alarms 9/90.
  // With chat spellings compiled in, classes of means, logistics, burden and living on, a sentence
  // without a person read as its author's and one about someone else read as no disclosure (tuned
  // on the tuning halves of both sets): recall 92/93 and false alarms 2/91 on the tuning half,
  // recall 72/87 and false alarms 9/90 held out.
  // The floors keep what the reading reached; they are not the target (0.95). With the learned
  // reading beside the rules (trained and its threshold chosen by cross-validation on the tuning
  // halves only, for recall before false alarms): recall 93/93 and false alarms 2/91 on the tuning
  // half; held out, measured once after the merge, recall 78/87 (0.897) and false alarms 9/90. The
  // ceiling follows that trade-off; nothing was tuned on the held-out half.
  // With the model scoring clauses, the paraphrase lines and a fourth set of training voices
  // (threshold chosen for ordinary talk <= 1% false alarms): held out, measured once after the
  // merge, recall 80/87 (0.920) and false alarms 13/90 (0.144). A miss is worse than a false alarm
  // for crisis, so the ceiling follows; hard negatives are written to sit next to a crisis.
  private static final double HELDOUT_RECALL_FLOOR = 0.90;
  private static final double TUNING_RECALL_FLOOR = 0.97;
  private static final double HELDOUT_FALSE_ALARM_CEILING = 0.16;
  private static final double TUNING_FALSE_ALARM_CEILING = 0.05;

  private static final CrisisVoices VOICES = new CrisisVoices("voices");

  private static List<String> split(String name, Split split) {
    return VOICES.split(name, split);
  }

  private static List<String> reading(List<String> utterances, boolean wanted) {
    return CrisisVoices.reading(utterances, wanted);
  }

  /** Lists the tuning half's lines; of the held-out half only the count is told. */
  private static String listing(Split split, String what, List<String> lines, int of) {
    if (split == Split.HELDOUT) {
      return String.format(Locale.ROOT, "%s %d of %d", what, lines.size(), of);
    }
    return String.format(
        Locale.ROOT,
        "%s %d of %d:%n  %s",
        what,
        lines.size(),
        of,
        String.join(String.format("%n  "), lines));
  }

  private static void assertRecall(Split split, double floor) {
    List<String> crisis = split("crisis.txt", split);
    List<String> misses = reading(crisis, false);
    double recall = 1.0 - (double) misses.size() / crisis.size();

    assertThat(recall)
        .withFailMessage(
            "%s recall %.3f below its floor %.3f; %s",
            split, recall, floor, listing(split, "missed", misses, crisis.size()))
        .isGreaterThanOrEqualTo(floor);
  }

  private static void assertFalseAlarms(Split split, double ceiling) {
    List<String> negatives = split("not-crisis.txt", split);
    List<String> alarms = reading(negatives, true);
    double rate = (double) alarms.size() / negatives.size();

    assertThat(rate)
        .withFailMessage(
            "%s false-alarm rate %.3f above its ceiling %.3f; %s",
            split, rate, ceiling, listing(split, "alarmed on", alarms, negatives.size()))
        .isLessThanOrEqualTo(ceiling);
  }

  @Test
  void should_hold_enough_distinct_voices_in_both_halves_of_each_file() {
    for (String name : List.of("crisis.txt", "not-crisis.txt")) {
      List<String> all = VOICES.lines(name);

      assertThat(all).as(name).hasSizeGreaterThanOrEqualTo(MIN_LINES).doesNotHaveDuplicates();
      assertThat(split(name, Split.HELDOUT)).as(name).isNotEmpty();
      assertThat(split(name, Split.TUNING)).as(name).isNotEmpty();
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
