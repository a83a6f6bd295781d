package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import org.jspecify.annotations.Nullable;

/**
 * The reading of a plan told as settled affairs rather than in words of dying: things given away,
 * sold or placed, insurance, papers and a will sorted, what one "won't need" after, read with a
 * named day or date, being alone, a place of a fall, or a hedged "I'd thought about". Its phrases
 * come from the {@code crisis-arrangement} lexicon ({@code phrase<TAB>class}, the classes below),
 * and it is read outside the learned reading's inputs: the model sees none of it.
 *
 * <ul>
 *   <li>A contribution of its author's own (a first person in it) is a final arrangement when its
 *       classes weigh at least {@value #THRESHOLD}: each settled affair {@value #SETTLE} (up to
 *       three), each "for after" {@value #AFTER} (up to two), and a day, being alone, a place of a
 *       fall and a hedged thought once each. A single affair sorted, or a day and a drive alone,
 *       stay below it.
 *   <li>An everyday purpose anywhere in it (a diagnosis, a holiday, a move, weight lost, a new van,
 *       a shift) makes it no arrangement: wills made after a diagnosis, clothes given away after
 *       weight loss, "sorted everything for the holiday".
 *   <li>For a member whose crisis was just met, two of a day, being alone, a place of a fall, a
 *       hedged thought and a settled affair add a time or a plan to it ("I'd thought about
 *       Wednesday when he's on the long shift"), unless an everyday purpose goes with it: {@link
 *       #when}.
 * </ul>
 *
 * Read only when the contribution has a phrase of the lexicon (a bit test); one pass over its hits,
 * a quadratic check only among the few hits of this lexicon, no allocation unless found.
 */
final class CrisisArrangement {
  /** The weight at which settled affairs are a final arrangement. */
  static final double THRESHOLD = 1.0;

  static final double SETTLE = 0.35;
  static final double AFTER = 0.4;
  static final double ONCE = 0.3;
  static final double EDGE = 0.4;

  /** Classes of the lexicon, by payload. */
  static final int SETTLED = 0;

  static final int FOR_AFTER = 1;
  static final int DAY = 2;
  static final int ALONE = 3;
  static final int FALL = 4;
  static final int THOUGHT = 5;
  static final int PURPOSE = 6;

  private static final String[] NAMES = {
    "settle", "after", "when", "alone", "edge", "thought", "purpose"
  };

  private CrisisArrangement() {}

  /**
   * Returns the payload of a lexicon line.
   *
   * @throws IllegalArgumentException if the class is missing or unknown, naming the line
   */
  static int payload(String line) {
    String[] f = line.split("\t", -1);
    if (f.length == 2) {
      String name = f[1].strip();
      for (int i = 0; i < NAMES.length; i++) {
        if (NAMES[i].equals(name)) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException(
        "lexicon 'crisis-arrangement': expected 'phrase<TAB>class' with a class of settle, after,"
            + " when, alone, edge, thought or purpose in line '"
            + line
            + "'");
  }

  /**
   * Returns the first phrase of a final arrangement told by its author, or null when the
   * contribution holds none.
   */
  static @Nullable Span of(Analysis a) {
    if (!a.has(Cue.CRISIS_ARRANGEMENT) || !a.has(Cue.FIRST_PERSON)) {
      return null;
    }
    int settled = 0;
    int after = 0;
    int once = 0; // bits of DAY, ALONE, FALL, THOUGHT
    int first = -1;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) != Cue.CRISIS_ARRANGEMENT || inside(a, h)) {
        continue;
      }
      int c = a.payload(h);
      switch (c) {
        case PURPOSE -> {
          return null;
        }
        case SETTLED -> settled++;
        case FOR_AFTER -> after++;
        default -> once |= 1 << c;
      }
      if (first < 0 && (c == SETTLED || c == FOR_AFTER || c == FALL)) {
        first = h;
      }
    }
    double w =
        Math.min(3, settled) * SETTLE
            + Math.min(2, after) * AFTER
            + ((once & (1 << DAY)) != 0 ? ONCE : 0)
            + ((once & (1 << ALONE)) != 0 ? ONCE : 0)
            + ((once & (1 << FALL)) != 0 ? EDGE : 0)
            + ((once & (1 << THOUGHT)) != 0 ? ONCE : 0);
    return first >= 0 && w >= THRESHOLD - 1e-9 ? a.span(first) : null;
  }

  /**
   * Tells whether a contribution names two of a day, being alone, a place of a fall, a hedged
   * thought and a settled affair ("Sunday night, on my own", "I'd thought the day after the
   * funeral"): a time or a plan added to a crisis just met, unless an everyday purpose goes with
   * it. A day alone ("I'll ring Monday") adds nothing.
   */
  static boolean when(Analysis a) {
    if (!a.has(Cue.CRISIS_ARRANGEMENT)) {
      return false;
    }
    int kinds = 0;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.CRISIS_ARRANGEMENT) {
        int c = a.payload(h);
        if (c == PURPOSE) {
          return false;
        }
        if (c != FOR_AFTER) {
          kinds |= 1 << c;
        }
      }
    }
    return Integer.bitCount(kinds) >= 2;
  }

  /**
   * Tells whether a contribution holds a phrase of final arrangements other than a day or an
   * everyday purpose: a settled affair, a "for after", being alone, a place of a fall or a hedged
   * thought. What a call of the learned reading without a crisis word may rest on.
   */
  static boolean supports(Analysis a) {
    if (!a.has(Cue.CRISIS_ARRANGEMENT)) {
      return false;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.CRISIS_ARRANGEMENT && a.payload(h) != DAY && a.payload(h) != PURPOSE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a hit lies inside a longer hit of this lexicon ("won't need" in "won't need it").
   */
  private static boolean inside(Analysis a, int h) {
    int s = a.hitStart[h];
    int e = a.hitEnd[h];
    for (int o = 0; o < a.hitCount; o++) {
      if (o != h
          && a.cue(o) == Cue.CRISIS_ARRANGEMENT
          && a.hitStart[o] <= s
          && a.hitEnd[o] >= e
          && a.hitEnd[o] - a.hitStart[o] > e - s) {
        return true;
      }
    }
    return false;
  }
}
