package io.github.peerled.rules.detect.internal;

/**
 * Sharing told without a subject: a first clause headed by a word of a personal state, an -ing word
 * or a past participle ("still not sleeping", "struggling with the same", "relapsed last weekend"),
 * and a count with a unit of time ("three years clean now"). Read by {@link FeatureExtractor};
 * immutable and thread-safe.
 */
final class Disclosure {
  private final Lexicon lex;
  private final int bLead;
  private final int bState;
  private final int bGerund;
  private final int bPast;
  private final int bAux;
  private final int bModal;
  private final int bSubj;
  private final int bClauseStart;
  private final int bNumber;
  private final int bTime;
  private final int idNot;

  Disclosure(Lexicon lex) {
    this.lex = lex;
    bLead = lex.bit("LEAD");
    bState = lex.bit("STATE");
    bGerund = lex.bit("GERUND");
    bPast = lex.bit("PAST");
    bAux = lex.bit("AUX");
    bModal = lex.bit("MODAL");
    bSubj = lex.bit("SUBJ");
    bClauseStart = lex.bit("CLAUSE_START");
    bNumber = lex.bit("NUMWORD");
    bTime = lex.bit("TIME");
    idNot = lex.id("not");
  }

  private boolean is(Tokens t, int i, int bit) {
    return bit != 0 && t.kind[i] == Tokens.WORD && (lex.mask(t, i) & bit) != 0;
  }

  /**
   * The token that heads a subjectless disclosure opening at {@code p} (the first word of the unit
   * after fillers), or -1: after leading words ("currently", "pretty") and a "not", a word of a
   * personal state, or an -ing word or past participle that no auxiliary or subject follows in its
   * clause ("Taking breaks is important" is a recommendation, not a disclosure).
   *
   * @param t the tokens
   * @param p the first word of the unit after fillers
   * @param to after the last token of the unit
   * @return the head's index, or -1
   */
  int subjectlessHead(Tokens t, int p, int to) {
    int q = p;
    while (q < to && (is(t, q, bLead) || (t.id[q] == idNot && idNot >= 0))) {
      q++;
    }
    if (q >= to || t.kind[q] != Tokens.WORD || is(t, q, bSubj)) {
      return -1;
    }
    if (is(t, q, bState)) {
      return q;
    }
    if (!is(t, q, bGerund) && !is(t, q, bPast)) {
      return -1;
    }
    for (int i = q + 1; i < to; i++) {
      byte k = t.kind[i];
      if (k == Tokens.CLAUSE || Tokens.isTerminator(k) || is(t, i, bClauseStart)) {
        break;
      }
      if (is(t, i, bAux) || is(t, i, bModal) || is(t, i, bSubj)) {
        return -1;
      }
    }
    return q;
  }

  /**
   * Tells whether token {@code i} is a count followed by a unit of time ("three years", "6
   * months").
   *
   * @param t the tokens
   * @param i the token index
   * @param to after the last token of the unit
   * @return true if it starts such a span
   */
  boolean timeSpan(Tokens t, int i, int to) {
    return i + 1 < to && (t.kind[i] == Tokens.NUMBER || is(t, i, bNumber)) && is(t, i + 1, bTime);
  }
}
