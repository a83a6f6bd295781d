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
 *       pus") weighs {@value #MATTER} as medical gore;
 *   <li>damage told in plain words ({@link Cue#DAMAGE}: "went the wrong way", "came away with",
 *       "melted") with a body part, bodily matter or a wound weighs {@value #PART} as injury;
 *   <li>across the whole contribution, a told scene &mdash; a body (part, matter or wound),
 *       something done to it (a harm verb or damage) and what was seen, heard or smelt of it
 *       ({@link Cue#SENSORY}: "the smell", "the noise he made", "so much of it") &mdash; adds
 *       {@value #SCENE} once, {@value #SCENE_ONE} when one such thing is told: a plain story told
 *       through the senses, in no stock phrase, is graphic when the three meet (with one sense,
 *       within a run), while none of them alone (a smell, a knee operation) is.
 * </ul>
 *
 * A sentence that holds a pair and tells more than one thing done to the body ("the skin came off
 * in sheets, it was hanging like wet paper, and the blisters burst") adds {@value #MORE} for each
 * further one, at most {@value #MORE_MAX}: damage told densely is graphic without a stock phrase. A
 * word that a false alarm of the graphic list overlaps ("blood sugar", "stabbing pain", "flu shot",
 * "couldn't face") takes no part. Each sentence adds its weightiest pair once. Linear in the hits
 * of the contribution; allocates only for a pair found. Stateless and thread-safe.
 */
final class GraphicComposition {
  /** The lexicons read: optional, a language may leave them out. */
  static final Set<Cue> CUES =
      EnumSet.of(
          Cue.HARM_VERB, Cue.BODILY_MATTER, Cue.BODY_PART, Cue.WOUND, Cue.DAMAGE, Cue.SENSORY);

  /** The weight of a harm verb or a wound with bodily matter. */
  static final double MATTER = 1.0;

  /** The weight of a harm verb with a body part, or of plain damage with a body. */
  static final double PART = 0.6;

  /** What each further thing done to the body in the sentence of a pair adds. */
  static final double MORE = 0.2;

  /** At most this much is added for further things done to the body in one sentence. */
  static final double MORE_MAX = 0.4;

  /** What a told scene adds: a hurt body and two or more things seen, heard or smelt of it. */
  static final double SCENE = 0.5;

  /** What a told scene with one thing seen, heard or smelt adds. */
  static final double SCENE_ONE = 0.3;

  private GraphicComposition() {}

  /**
   * Adds the graphic pairs of a contribution to what its graphic phrases weigh.
   *
   * @param a the contribution
   * @param r the reading of its phrases, added to
   * @param strongest the weight of its weightiest graphic phrase so far
   */
  static void addTo(Analysis a, SafetyReading r, double strongest) {
    if (!mayAdd(a)) {
      return;
    }
    double top = strongest;
    boolean body = false;
    boolean hurt = false;
    int sense = -1;
    int senses = 0;
    int senseEnd = 0;
    int h = 0;
    while (h < a.hitCount) {
      int sentence = a.hitSentence[h];
      int verb = -1;
      int damage = -1;
      int wound = -1;
      int stuff = -1;
      int part = -1;
      int hurts = 0; // things done to a body told in the sentence, overlapping phrases once
      int hurtEnd = 0;
      int from = h;
      for (; h < a.hitCount && a.hitSentence[h] == sentence; h++) {
        Cue c = a.cue(h);
        if (!CUES.contains(c) || falseAlarm(a, h, from)) {
          continue;
        }
        if ((c == Cue.HARM_VERB || c == Cue.DAMAGE) && (hurts == 0 || a.hitStart[h] >= hurtEnd)) {
          hurts++;
        }
        if (c == Cue.HARM_VERB || c == Cue.DAMAGE) {
          hurtEnd = Math.max(hurtEnd, a.hitEnd[h]);
        }
        switch (c) {
          case HARM_VERB -> verb = verb < 0 ? h : verb;
          case DAMAGE -> damage = damage < 0 ? h : damage;
          case WOUND -> wound = wound < 0 ? h : wound;
          case BODILY_MATTER -> stuff = stuff < 0 ? h : stuff;
          case SENSORY -> {
            if (sense < 0 || a.hitStart[h] >= senseEnd) {
              senses++; // overlapping phrases ("the noise", "noise he made") tell one thing
            }
            sense = sense < 0 ? h : sense;
            senseEnd = Math.max(senseEnd, a.hitEnd[h]);
          }
          default -> part = part < 0 ? h : part;
        }
      }
      int hurtBody = part >= 0 ? part : stuff >= 0 ? stuff : wound;
      body |= hurtBody >= 0;
      hurt |= verb >= 0 || damage >= 0;
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
      } else if (damage >= 0 && hurtBody >= 0) {
        first = damage;
        second = hurtBody;
        w = PART;
        category = SafetyCategory.INJURY;
      } else {
        continue;
      }
      w += Math.min(MORE_MAX, MORE * Math.max(0, hurts - 1));
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
    if (sense >= 0 && body && hurt) {
      r.graphic += senses > 1 ? SCENE : SCENE_ONE;
      Span seen = a.span(sense);
      add(r, seen);
      if (r.strongestGraphic == null) {
        r.strongestGraphic = seen;
        r.graphicCategory = SafetyCategory.INJURY;
      }
    }
  }

  /**
   * Tells whether a contribution holds the words of a pair: something done to a body and a body
   * (part, matter or wound), or a wound and bodily matter. Constant time.
   *
   * @param a the contribution
   * @return whether {@link #addTo} may add weight
   */
  static boolean mayAdd(Analysis a) {
    boolean matter = a.has(Cue.BODILY_MATTER);
    boolean wound = a.has(Cue.WOUND);
    boolean hurt = a.has(Cue.HARM_VERB) || a.has(Cue.DAMAGE);
    return (hurt && (matter || wound || a.has(Cue.BODY_PART))) || (matter && wound);
  }

  /** Tells whether a false alarm of the graphic list overlaps a hit (hits of its sentence). */
  static boolean falseAlarm(Analysis a, int hit, int from) {
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
  static void add(SafetyReading r, Span span) {
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
