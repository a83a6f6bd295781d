package io.github.peerled.rules.internal;

/**
 * Whether the crisis words of a contribution are an everyday complaint: "can't do this anymore"
 * about the washing-up, a job or three essays, "I'm so done" after a week without sleep, "I want to
 * die every time I open the stats homework 💀". Read from the {@code crisis-everyday} lexicon: a
 * line reads {@code phrase<TAB>kind}, the kind one of {@code load} (an everyday load named as what
 * the complaint is about: chores, work, study, forms, lost sleep), {@code open} (hopelessness whose
 * object is left open: "can't do this", "so done", "had enough") and {@code laugh} (a laugh that
 * makes an ending a joke). A contribution is a complaint when every content word of its crisis
 * reading that weighs is
 *
 * <ul>
 *   <li>hopelessness on an open phrase, with a load in its sentence or the one before or after (not
 *       "nothing left", not a burden, not "better off without me"),
 *   <li>an ending or a means with a load beside it in the same way and a laugh anywhere in the
 *       contribution, in a sentence without a plan ("my suicide plan is more organised than my
 *       homework lol" stays a crisis), or
 *   <li>an amount beside a load, when no medicine weighs in it ("forty pages"),
 * </ul>
 *
 * and every stock crisis phrase that counts lies on such a word. Any other content (a medicine, a
 * goodbye, an absence, harm) keeps the reading as it is: a load beside a plan, a goodbye or a hoard
 * is no complaint. Stateless.
 */
final class CrisisEveryday {
  /** The payload of a load. */
  static final int LOAD = 0;

  /** The payload of a laugh. */
  static final int LAUGH = 1;

  /** The payload of an open hopelessness. */
  static final int OPEN = 2;

  /** The weight of a plan that makes a joked ending no joke. */
  static final double PLAN = 0.4;

  private CrisisEveryday() {}

  /**
   * Returns the payload of a lexicon line.
   *
   * @throws IllegalArgumentException if the kind is missing or not {@code load}, {@code open} or
   *     {@code laugh}, naming the line
   */
  static int payload(String line) {
    String[] f = line.split("\t", -1);
    if (f.length == 2 && f[1].strip().equals("load")) {
      return LOAD;
    }
    if (f.length == 2 && f[1].strip().equals("laugh")) {
      return LAUGH;
    }
    if (f.length == 2 && f[1].strip().equals("open")) {
      return OPEN;
    }
    throw new IllegalArgumentException(
        "lexicon 'crisis-everyday': expected 'phrase<TAB>load', 'open' or 'laugh' in line '"
            + line
            + "'");
  }

  /**
   * Tells whether a contribution's crisis words are an everyday complaint.
   *
   * @param a the contribution's analysis
   * @param n the number of sentences (at least 1)
   * @param weighed which hits of the crisis reading weighed as content
   * @param reading the reading, for the factor of each stock crisis phrase
   */
  static boolean complaint(Analysis a, int n, boolean[] weighed, CrisisReading reading) {
    boolean laugh = false;
    boolean[] load = new boolean[n];
    double[] plan = new double[n];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.CRISIS_EVERYDAY) {
        if (a.payload(h) == LAUGH) {
          laugh = true;
        } else if (a.payload(h) == LOAD) {
          load[a.hitSentence[h]] = true;
        }
      } else if (a.cue(h) == Cue.CRISIS_READING
          && CrisisConcept.of(a.payload(h)) == CrisisConcept.PLAN) {
        int s = a.hitSentence[h];
        plan[s] = Math.max(plan[s], CrisisConcept.weight(a.payload(h)));
      }
    }
    boolean supply = false;
    for (int h = 0; h < a.hitCount; h++) {
      supply |= weighed[h] && CrisisConcept.of(a.payload(h)) == CrisisConcept.SUPPLY;
    }
    boolean[] everyday = new boolean[a.hitCount];
    boolean any = false;
    for (int h = 0; h < a.hitCount; h++) {
      if (!weighed[h]) {
        continue;
      }
      CrisisConcept c = CrisisConcept.of(a.payload(h));
      int s = a.hitSentence[h];
      boolean near = load[s] || (s > 0 && load[s - 1]) || (s + 1 < n && load[s + 1]);
      boolean open = c == CrisisConcept.HOPELESS && onOpen(a, h);
      boolean joke =
          (c == CrisisConcept.ENDING || c == CrisisConcept.LIFE || c == CrisisConcept.MEANS)
              && laugh
              && plan[s] < PLAN - 1e-9;
      boolean count = c == CrisisConcept.AMOUNT && !supply; // "forty pages", "9 days"
      if (!near || !(open || joke || count)) {
        return false;
      }
      everyday[h] = true;
      any = true;
    }
    for (int h = 0; h < a.hitCount; h++) {
      boolean stock =
          a.cue(h) == Cue.CRISIS
              && SafetyCategory.category(a.payload(h)) != SafetyCategory.FALSE_ALARM
              && reading.stockFactor(a, h) > 0;
      if (stock && !onEveryday(a, h, everyday)) {
        return false;
      }
    }
    return any;
  }

  /** Tells whether an open phrase of the list overlaps a hit. */
  private static boolean onOpen(Analysis a, int h) {
    for (int o = 0; o < a.hitCount; o++) {
      if (a.cue(o) == Cue.CRISIS_EVERYDAY
          && a.payload(o) == OPEN
          && a.hitStart[o] < a.hitEnd[h]
          && a.hitStart[h] < a.hitEnd[o]) {
        return true;
      }
    }
    return false;
  }

  private static boolean onEveryday(Analysis a, int h, boolean[] everyday) {
    for (int o = 0; o < a.hitCount; o++) {
      if (everyday[o] && a.hitStart[o] < a.hitEnd[h] && a.hitStart[h] < a.hitEnd[o]) {
        return true;
      }
    }
    return false;
  }
}
