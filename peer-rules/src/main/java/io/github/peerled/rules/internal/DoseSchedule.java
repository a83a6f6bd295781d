package io.github.peerled.rules.internal;

/**
 * Reads a dose told by its count and schedule, for {@link DoseOrder} when no medicine is in view: a
 * count ("three", "1200", "double", "2x") followed in its clause by a word of a dosing schedule
 * ("with every meal", "in the morning", "a day", "for two weeks"), reached by a dose verb or by
 * "give" or "put" that opens its clause: "Take three Creon with every meal", "give him double the
 * Exjade for two weeks". A count of time, exercise or drink is not a dose ("take two days off a
 * week", "take 10 minutes every morning").
 *
 * <p>Each token is looked up by its hash without allocating; read only in a contribution aimed at
 * someone with an instruction cue. Stateless.
 */
final class DoseSchedule {
  private DoseSchedule() {}

  /** Words that count a dose without a number: "give him double the Exjade". */
  private static final DoseOrder.Words COUNTS =
      new DoseOrder.Words("one", "two", "three", "four", "five", "six", "double", "twice", "half");

  /** Verbs that dose only with a count and a schedule: "give him two at night", "put two on". */
  private static final DoseOrder.Words GIVING = new DoseOrder.Words("give", "put");

  /**
   * Tells whether a token is a verb that doses only with a count and a schedule: "give", "put".
   *
   * @param a the analysed contribution
   * @param t a token of it
   * @return whether the token is such a verb
   */
  static boolean giving(Analysis a, int t) {
    return GIVING.has(a, t);
  }

  /**
   * Words that make a count after a dose verb something other than a dose: time, distance, exercise
   * and drinks ("take two days off a week", "take 10 minutes every morning").
   */
  private static final DoseOrder.Words NOT_DOSES =
      new DoseOrder.Words(
          "minute",
          "minutes",
          "min",
          "mins",
          "hour",
          "hours",
          "hr",
          "hrs",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "step",
          "steps",
          "time",
          "times",
          "evening",
          "evenings",
          "morning",
          "mornings",
          "night",
          "nights",
          "weekend",
          "weekends",
          "km",
          "k",
          "mile",
          "miles",
          "lap",
          "laps",
          "glass",
          "glasses",
          "cup",
          "cups",
          "litre",
          "litres",
          "liter",
          "liters",
          "pint",
          "pints",
          "page",
          "pages",
          "breath",
          "breaths",
          "deep");

  /** Words of a dosing schedule: "with every meal", "in the morning", "2x a day". */
  private static final DoseOrder.Words SCHEDULE =
      new DoseOrder.Words(
          "day",
          "daily",
          "night",
          "nightly",
          "morning",
          "mornings",
          "evening",
          "meal",
          "meals",
          "bedtime",
          "breakfast",
          "hours",
          "week",
          "weeks");

  /** The most words from a count to its schedule: "double the Exjade for two weeks". */
  static final int SCHEDULE_REACH = 5;

  /**
   * Tells whether a token is a count of a dose followed in its clause, within {@value
   * #SCHEDULE_REACH} words, by a word of a dosing schedule: "three Creon with every meal", "1200 in
   * the morning", "2x a day"; not a count of time or exercise ("two days off a week").
   */
  static boolean scheduledCount(Analysis a, int r, int sentenceEnd) {
    if (!Character.isDigit(a.lower[a.tokenStart[r]]) && !COUNTS.has(a, r)) {
      return false;
    }
    if (r + 1 < sentenceEnd
        && !AddressWords.clauseMarkBefore(a, r + 1)
        && NOT_DOSES.has(a, r + 1)) {
      return false;
    }
    for (int k = r + 1; k <= r + SCHEDULE_REACH && k < sentenceEnd; k++) {
      if (AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      if (SCHEDULE.has(a, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a verb reaches the count after it within its clause, and not through the speaker
   * or the speaker's own ("take my two with every meal").
   */
  static boolean reaches(Analysis a, int t, int r) {
    for (int k = t + 1; k <= r; k++) {
      if (AddressWords.clauseMarkBefore(a, k)
          || DoseOrder.word(a, k, "my")
          || DoseOrder.word(a, k, "mine")
          || DoseOrder.word(a, k, "me")) {
        return false;
      }
    }
    return true;
  }
}
