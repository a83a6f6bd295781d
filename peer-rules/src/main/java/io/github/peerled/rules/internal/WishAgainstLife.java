package io.github.peerled.rules.internal;

/**
 * A wish against living told without a word of dying, read by the classes of a sentence's crisis
 * hits: the self, a wish, and a negation, a hedge or a word of living in one sentence ("I don't
 * want to continue this life", "I want to stop to live"). A call of the learned crisis reading may
 * rest on it ({@link SafetyReading}). Stateless.
 */
final class WishAgainstLife {
  private WishAgainstLife() {}

  /** The self and a wish: "i want", "i've thought about". */
  static final int WISH = CrisisConcept.SELF.bit() | CrisisConcept.WANT.bit();

  /** Beside a wish of one's own: a negation, a hedge ("don't want") or a word of living. */
  static final int AGAINST =
      CrisisConcept.NEGATION.bit() | CrisisConcept.HEDGE.bit() | CrisisConcept.LIFE.bit();

  /**
   * Tells whether a sentence's crisis concepts make a wish against living.
   *
   * @param mask the bits of the sentence's {@link CrisisConcept}s
   */
  static boolean in(int mask) {
    return (mask & WISH) == WISH && (mask & AGAINST) != 0;
  }

  /**
   * Tells whether a contribution that holds no crisis content, check or answer word holds a wish
   * against living in one sentence, by the classes of its hits alone. Read only when a call of the
   * learned reading asks for support: one pass over the hits, one small array per sentence.
   *
   * @param a the analysed contribution
   * @return whether a sentence of it makes a wish against living
   */
  static boolean any(Analysis a) {
    if (!a.has(Cue.CRISIS_READING)) {
      return false;
    }
    int[] mask = new int[Math.max(1, a.sentenceCount)];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.CRISIS_READING) {
        int s = a.hitSentence[h];
        mask[s] |= CrisisConcept.of(a.payload(h)).bit();
        if (in(mask[s])) {
          return true;
        }
      }
    }
    return false;
  }
}
