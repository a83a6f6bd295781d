package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.TextChars;
import org.jspecify.annotations.Nullable;

/**
 * Graphic detail read by clause, beside the phrases and the pairs of {@link GraphicComposition}: a
 * body &mdash; a part of someone's body ({@link Cue#BODY_PART} after "his", "her", "their", "the",
 * "with" or a possessive: "his belly", "the lad's legs") or bodily matter ({@link
 * Cue#BODILY_MATTER}: "bone", "guts") &mdash; told, in the same clause and within a few words (past
 * "was", "were", "still", "all" and participles), as what was left of it or what came out of it:
 *
 * <ul>
 *   <li>laid bare or torn ("bone showing", "his hands were all scraped raw", "the foot still
 *       inside", "blown apart") weighs {@value #BARE};
 *   <li>out of place ("his belly open", "his guts were out", "taken his legs off", "half his face
 *       gone"), or bodily matter spread ("blood all over the sheet", "blood down his vest", "blood
 *       pooled right across the floor") weighs {@value #OUT}.
 * </ul>
 *
 * Neither is a graphic story alone: each adds to the other graphic detail of the contribution, so
 * that a story told in plain words and several such clauses is read without each phrase being
 * listed. The author's own body ("my mouth open", "my knee's gone", "keep your eyes open") and a
 * body part owned by no one ("hands off my biscuits") take no part; a word that a false alarm of
 * the graphic list overlaps takes no part either. Reads only the body hits of a contribution and a
 * few characters on either side of each; allocates only for a clause found. Stateless and
 * thread-safe.
 */
final class GraphicClauses {
  /** What a body laid bare or torn weighs. */
  static final double BARE = 0.6;

  /** What a body out of place weighs. */
  static final double OUT = 0.4;

  /** How many words after the body the state may come, past the linking words. */
  private static final int REACH = 4;

  private static final String[] BARE_WORDS = {"showing", "exposed", "apart", "inside", "raw"};

  private static final String[] OUT_WORDS = {"open", "out", "off", "gone", "missing"};

  /** Where bodily matter went: "blood all over the sheet", "blood down his vest". */
  private static final String[] SPREAD_WORDS = {"over", "down", "across", "into", "through"};

  /** Words between a body and its state: a verb of being, an adverb of degree or time. */
  private static final String[] LINKS = {
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "been",
    "being",
    "still",
    "just",
    "all",
    "right",
    "clean",
    "completely",
    "half",
    "hanging",
    "left",
    "lying",
    "wide"
  };

  /** Words before a body part that make it someone's told as a thing seen. */
  private static final String[] OWNERS = {
    "his", "her", "their", "its", "the", "a", "an", "with", "whose", "them", "both"
  };

  private GraphicClauses() {}

  /**
   * Tells whether a contribution holds a body told in one clause with what was left of it.
   *
   * @param a the contribution
   * @return whether {@link #addTo} adds weight
   */
  static boolean any(Analysis a) {
    return (a.has(Cue.BODY_PART) || a.has(Cue.BODILY_MATTER)) && read(a, null) > 0;
  }

  /**
   * Adds the clauses of a contribution to what its graphic detail weighs.
   *
   * @param a the contribution
   * @param r the reading, added to
   */
  static void addTo(Analysis a, SafetyReading r) {
    if (a.has(Cue.BODY_PART) || a.has(Cue.BODILY_MATTER)) {
      r.graphic += read(a, r);
    }
  }

  /** Weighs the clauses of a contribution, adding their spans to a reading when given. */
  private static double read(Analysis a, @Nullable SafetyReading r) {
    double sum = 0;
    int lastEnd = -1; // overlapping body hits ("bone", "bones") read once
    int from = 0; // the first hit of the current sentence
    for (int h = 0; h < a.hitCount; h++) {
      if (h > 0 && a.hitSentence[h] != a.hitSentence[h - 1]) {
        from = h;
      }
      Cue c = a.cue(h);
      boolean part = c == Cue.BODY_PART;
      if ((!part && c != Cue.BODILY_MATTER)
          || a.hitStart[h] < lastEnd
          || (part && !owned(a, a.hitStart[h]))
          || GraphicComposition.falseAlarm(a, h, from)) {
        continue;
      }
      int state = state(a, a.hitEnd[h], !part);
      if (state < 0) {
        continue;
      }
      lastEnd = a.hitEnd[h];
      int end = wordEnd(a, state);
      double w = isOneOf(a, state, end, BARE_WORDS) ? BARE : OUT;
      sum += w;
      if (r != null) {
        Span span = new Span(a.hitStart[h], end);
        GraphicComposition.add(r, span);
        if (r.strongestGraphic == null) {
          r.strongestGraphic = span;
          r.graphicCategory = SafetyCategory.INJURY;
        }
      }
    }
    return sum;
  }

  /**
   * Finds the start of a state word within {@link #REACH} words after an offset in its clause, past
   * linking words and participles, or -1.
   */
  private static int state(Analysis a, int offset, boolean matter) {
    int i = offset;
    for (int n = 0; n < REACH; n++) {
      while (i < a.lower.length && a.lower[i] == ' ') {
        i++;
      }
      if (i >= a.lower.length || !TextChars.isWord(a.lower[i])) {
        return -1; // the clause ends
      }
      int end = wordEnd(a, i);
      if (isOneOf(a, i, end, BARE_WORDS)
          || isOneOf(a, i, end, OUT_WORDS)
          || (matter && isOneOf(a, i, end, SPREAD_WORDS))) {
        return i;
      }
      boolean participle = end - i > 4 && a.lower[end - 2] == 'e' && a.lower[end - 1] == 'd';
      if (!participle && !isOneOf(a, i, end, LINKS)) {
        return -1;
      }
      i = end;
    }
    return -1;
  }

  /**
   * Tells whether the body part starting at an offset is someone's told as a thing seen: after
   * "his", "the", "with" or a possessive ("the lad's", "kids'"), not "my", "your" or nothing.
   */
  private static boolean owned(Analysis a, int start) {
    int i = start - 1;
    while (i >= 0 && a.lower[i] == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char last = a.lower[i];
    if (TextChars.isApostrophe(last)) {
      return i > 0 && a.lower[i - 1] == 's'; // "kids'"
    }
    if (!TextChars.isWord(last)) {
      return false;
    }
    int end = i + 1;
    while (i >= 0 && (TextChars.isWord(a.lower[i]) || TextChars.isApostrophe(a.lower[i]))) {
      i--;
    }
    int begin = i + 1;
    if (end - begin > 2
        && a.lower[end - 1] == 's'
        && TextChars.isApostrophe(a.lower[end - 2])
        && !isOneOf(a, begin, end - 2, NOT_OWNERS)) {
      return true; // "the lad's"
    }
    return isOneOf(a, begin, end, OWNERS);
  }

  /** Words before "'s" that make it "is" or "has", not a possessive. */
  private static final String[] NOT_OWNERS = {"it", "he", "she", "that", "there", "what", "who"};

  private static int wordEnd(Analysis a, int start) {
    int e = start;
    while (e < a.lower.length && TextChars.isWord(a.lower[e])) {
      e++;
    }
    return e;
  }

  private static boolean isOneOf(Analysis a, int start, int end, String[] words) {
    for (String w : words) {
      if (w.length() == end - start && RequestTexts.matches(a.lower, start, w)) {
        return true;
      }
    }
    return false;
  }
}
