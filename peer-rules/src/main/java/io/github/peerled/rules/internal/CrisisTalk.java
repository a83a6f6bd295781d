package io.github.peerled.rules.internal;

import io.github.peerled.core.session.Contribution;
import java.util.BitSet;
import java.util.OptionalInt;

/**
 * The replies to a crisis disclosure in one session. A reply may plead with the member in crisis
 * ("Rasa, please stay with Linda", "Leon please go and knock"): that is not advice to share
 * experience instead of, and the crisis is marked by its own finding. A reply that tells the member
 * what to do about their trouble without pleading ("Rohan you need to tell your supervisor
 * tomorrow") is still advice.
 *
 * <p>Fed only the numbers of contributions that read as a crisis ({@link #see}); asked about a
 * contribution already read as advice ({@link #pleads}): constant work, but for a reply to a
 * disclosure, whose words are read once for a plea. Not thread-safe: confined to the thread
 * reviewing the session, like the rule session that holds it.
 */
final class CrisisTalk {
  /** Contribution numbers that read as a crisis. */
  private final BitSet crises = new BitSet();

  /**
   * Records a contribution that reads as a crisis.
   *
   * @param number its number
   */
  void see(int number) {
    crises.set(number);
  }

  /**
   * Tells whether a contribution pleads with a member in a reply to their crisis disclosure.
   *
   * @param a the contribution
   * @return whether it is a plea to someone in crisis
   */
  boolean pleads(Analysis a) {
    Contribution c = a.contribution;
    if (crises.isEmpty() || c == null) {
      return false; // no crisis yet: the cheap answer for almost every session
    }
    OptionalInt to = c.replyTo();
    return to.isPresent() && crises.get(to.getAsInt()) && plea(a);
  }

  /** Words of a plea: "please stay", "stop back, please", "pls". */
  private static final String[] PLEAS = {"please", "pls", "plz"};

  /** Tells whether a contribution pleads: one of its words is "please". */
  private static boolean plea(Analysis a) {
    for (int t = 0; t < a.tokenCount; t++) {
      for (String w : PLEAS) {
        if (AddressWords.same(w, a.lower, a.tokenStart[t], a.tokenEnd[t])) {
          return true;
        }
      }
    }
    return false;
  }
}
