package io.github.peerled.rules.internal;

/**
 * How the hits of the crisis reading stand to one another: which a longer hit outranks, and which
 * overlap a harm word. Stateless.
 */
final class CrisisHits {
  private CrisisHits() {}

  /**
   * Tells whether a hit is inside a longer hit of the reading that outranks it: a negation or an
   * ordinary reason inside any longer phrase (a hedge, an ending, a goodbye); a content word inside
   * a longer content word, or inside one of the same span and class that weighs more; a self inside
   * another person ("my" in "my brother").
   */
  static boolean shadowed(Analysis a, int h, CrisisConcept c) {
    boolean negation = c == CrisisConcept.NEGATION || c == CrisisConcept.ORDINARY;
    boolean content = c.role() == CrisisConcept.Role.CONTENT;
    boolean self = c == CrisisConcept.SELF;
    if (!negation && !content && !self) {
      return false;
    }
    int s = a.hitStart[h];
    int e = a.hitEnd[h];
    int from = h;
    while (from > 0 && a.hitEnd[from - 1] > s) {
      from--;
    }
    int reach = e + a.lexicon.maxLength();
    for (int o = from; o < a.hitCount && a.hitEnd[o] < reach; o++) {
      if (o == h || a.cue(o) != Cue.CRISIS_READING) {
        continue;
      }
      int os = a.hitStart[o];
      int oe = a.hitEnd[o];
      CrisisConcept oc = CrisisConcept.of(a.payload(o));
      if (c == CrisisConcept.ORDINARY
          && oc.role() == CrisisConcept.Role.CONTENT
          && os < e
          && s < oe) {
        return true; // "see you" in "won't see you all": part of the goodbye, not a reason
      }
      if (os > s || oe < e) {
        continue; // o does not contain h
      }
      boolean longer = oe - os > e - s;
      if (self) {
        if (longer && oc == CrisisConcept.OTHER) {
          return true; // "my" in "my brother": another person
        }
        continue;
      }
      if (negation) {
        if (longer && oc != c && oc != CrisisConcept.IDIOM) {
          return true;
        }
        continue;
      }
      if (oc.role() != CrisisConcept.Role.CONTENT) {
        continue;
      }
      if (longer) {
        return true;
      }
      double w = CrisisConcept.weight(a.payload(h));
      double ow = CrisisConcept.weight(a.payload(o));
      if (oc == c && (ow > w || (ow == w && o < h))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a hit overlaps a harm word of its sentence. */
  static boolean overlapsHarm(Analysis a, int h) {
    for (int o = 0; o < a.hitCount; o++) {
      if (a.cue(o) == Cue.CRISIS_READING
          && CrisisConcept.of(a.payload(o)) == CrisisConcept.HARM
          && a.hitSentence[o] == a.hitSentence[h]
          && a.hitStart[o] < a.hitEnd[h]
          && a.hitStart[h] < a.hitEnd[o]) {
        return true;
      }
    }
    return false;
  }
}
