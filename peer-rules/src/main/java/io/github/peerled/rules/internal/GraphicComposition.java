package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.EnumSet;
import java.util.Set;

/**
 * Graphic detail read by composition, beside the graphic phrases: within one sentence,
 *
 * <ul>
 *   <li>a verb of violence or injury ({@link Cue#HARM_VERB}: "slashed", "crushed") with bodily
 *       matter ({@link Cue#BODILY_MATTER}: "blood", "bones", "guts") weighs {@value #MATTER} as
 *       injury: a graphic story on its own at the default threshold;
 *   <li>such a verb with a body part ({@link Cue#BODY_PART}: "face", "throat") weighs {@value
 *       #PART} as violence, a graphic story only with the weight of the verb itself or of other
 *       graphic phrases ("slashed across the face", not "crushed my finger in the door");
 *   <li>a wound, drain or stump ({@link Cue#WOUND}) with bodily matter ("the drain was full of
 *       pus") weighs {@value #MATTER} as medical gore.
 * </ul>
 *
 * A word that a false alarm of the graphic list overlaps ("blood sugar", "stabbing pain", "flu
 * shot", "couldn't face") takes no part. Each sentence adds its weightiest pair once. Linear in the
 * hits of the contribution; allocates only for a pair found. Stateless and thread-safe.
 */
final class GraphicComposition {
  /** The lexicons read: optional, a language may leave them out. */
  static final Set<Cue> CUES =
      EnumSet.of(Cue.HARM_VERB, Cue.BODILY_MATTER, Cue.BODY_PART, Cue.WOUND);

  /** The weight of a harm verb or a wound with bodily matter. */
  static final double MATTER = 1.0;

  /** The weight of a harm verb with a body part. */
  static final double PART = 0.6;

  private GraphicComposition() {}

  /**
   * Adds the graphic pairs of a contribution to what its graphic phrases weigh.
   *
   * @param a the contribution
   * @param r the reading of its phrases, added to
   * @param strongest the weight of its weightiest graphic phrase so far
   */
  static void addTo(Analysis a, SafetyReading r, double strongest) {
    boolean harm = a.has(Cue.HARM_VERB);
    boolean matter = a.has(Cue.BODILY_MATTER);
    if (!(harm && (matter || a.has(Cue.BODY_PART))) && !(matter && a.has(Cue.WOUND))) {
      return;
    }
    double top = strongest;
    int h = 0;
    while (h < a.hitCount) {
      int sentence = a.hitSentence[h];
      int verb = -1;
      int wound = -1;
      int stuff = -1;
      int part = -1;
      int from = h;
      for (; h < a.hitCount && a.hitSentence[h] == sentence; h++) {
        Cue c = a.cue(h);
        if (!CUES.contains(c) || falseAlarm(a, h, from)) {
          continue;
        }
        switch (c) {
          case HARM_VERB -> verb = verb < 0 ? h : verb;
          case WOUND -> wound = wound < 0 ? h : wound;
          case BODILY_MATTER -> stuff = stuff < 0 ? h : stuff;
          default -> part = part < 0 ? h : part;
        }
      }
      int first;
      int second;
      double w;
      SafetyCategory category;
      if (stuff >= 0 && (verb >= 0 || wound >= 0)) {
        first = verb >= 0 ? verb : wound;
        second = stuff;
        w = MATTER;
        category = verb >= 0 ? SafetyCategory.INJURY : SafetyCategory.MEDICAL_GORE;
      } else if (verb >= 0 && part >= 0) {
        first = verb;
        second = part;
        w = PART;
        category = SafetyCategory.VIOLENCE;
      } else {
        continue;
      }
      r.graphic += w;
      add(r, a.span(first));
      add(r, a.span(second));
      if (w > top) {
        top = w;
        int start = Math.min(a.hitStart[first], a.hitStart[second]);
        int end = Math.max(a.hitEnd[first], a.hitEnd[second]);
        r.strongestGraphic = new Span(start, end);
        r.graphicCategory = category;
      }
    }
  }

  /** Tells whether a false alarm of the graphic list overlaps a hit (hits of its sentence). */
  private static boolean falseAlarm(Analysis a, int hit, int from) {
    int s = a.hitSentence[hit];
    int start = a.hitStart[hit];
    int end = a.hitEnd[hit];
    for (int o = from; o < a.hitCount && a.hitSentence[o] == s; o++) {
      if (a.cue(o) == Cue.GRAPHIC
          && SafetyCategory.category(a.payload(o)) == SafetyCategory.FALSE_ALARM
          && a.hitStart[o] < end
          && start < a.hitEnd[o]) {
        return true;
      }
    }
    return false;
  }

  /** Adds a span to the graphic evidence once, keeping text order. */
  private static void add(SafetyReading r, Span span) {
    int i = 0;
    while (i < r.graphicSpans.size() && r.graphicSpans.get(i).start() < span.start()) {
      i++;
    }
    for (Span s : r.graphicSpans) {
      if (s.start() <= span.start() && span.end() <= s.end()) {
        return;
      }
    }
    r.graphicSpans.add(i, span);
  }
}
