package io.github.peerled.rules.internal;

/**
 * Reads whether a reply backs the one who reported a claim, for {@link PeerReviewRule}: it says the
 * one reported is right ("your auntie's right though", "maybe he's right?", "she's not wrong",
 * "your aunty isn't wrong", "she might have a point", "your brother have a point", "your mum might
 * be onto something"), or takes it up ("send me the link", "I'd love to try it"). "You're not right
 * in the head" and "that's not right" hold none: "right" counts only after a person's word or a
 * link word that follows one, without a negation between, and "wrong" only after a negation. Read
 * only for a reply to a contribution that mentioned a known myth; work is linear in the tokens of
 * the reply. Stateless.
 */
final class ClaimBacking {
  /** Who a reported claim comes from: "he's right", "your auntie's right", "she might be right". */
  private static final String[] PEOPLE = {
    "he", "she", "they", "he's", "she's", "they're", "hes", "shes", "theyre", "him", "her"
  };

  /** The words that link a person to "right" or "wrong": "is", "might be", "was". */
  private static final String[] LINKS = {
    "is",
    "was",
    "be",
    "might",
    "may",
    "could",
    "probably",
    "actually",
    "totally",
    "dead",
    "so",
    "'s",
    "s"
  };

  /** The negations that make "wrong" agreement: "not wrong", "isn't wrong". */
  private static final String[] NOTS = {"not", "isn't", "isnt", "wasn't", "wasnt", "aint", "ain't"};

  /** Negations in other forms: "don't", "doesnt", "never". */
  private static final String[] NEGATIONS = {"dont", "doesnt", "didnt", "never", "no"};

  /** The most words read back for a negation of "have a point". */
  private static final int NEGATION_WORDS = 4;

  /** The verbs of "have a point": "she has a point", "he's got a point". */
  private static final String[] HAVE = {"have", "has", "got", "had"};

  /** The most link words between the person and "right": "she might actually be right". */
  private static final int MAX_LINKS = 3;

  private ClaimBacking() {}

  /**
   * Returns the token of a reply that says the one who made a reported claim is right ("right",
   * "wrong", "point" or "something") or takes the claim up ({@link #takesUp}), or -1 if it does
   * neither.
   */
  static int backs(Analysis a) {
    for (int t = 1; t < a.tokenCount; t++) {
      if (a.tokenIs(t, "right")) {
        if (personBefore(a, t)) {
          return t;
        }
      } else if (a.tokenIs(t, "wrong")) {
        if (a.tokenIsOneOf(t - 1, NOTS)) {
          return t;
        }
      } else if (a.tokenIs(t, "point")
          && t >= 2
          && a.tokenIs(t - 1, "a")
          && a.tokenIsOneOf(t - 2, HAVE)) {
        if (!AddressWords.clauseMarkBefore(a, t - 1) && !negated(a, t - 2)) {
          return t;
        }
      } else if (a.tokenIs(t, "something")
          && (a.tokenIs(t - 1, "onto") || a.tokenIs(t - 1, "on"))) {
        return t;
      }
    }
    return takesUp(a);
  }

  /** What a reply asks for to get what was claimed: "send me the link", "share the link". */
  private static final String[] ASK_FOR = {"me", "share", "pm", "dm"};

  /** What a reply says it will do with what was claimed: "I'd love to try", "going to order". */
  private static final String[] TAKE_UP = {"try", "ditch", "order", "buy"};

  /** The words before a taking up: "love to try", "gonna order", "will get". */
  private static final String[] WILL = {"to", "gonna", "wanna", "will", "ll", "i'll", "ill"};

  /**
   * Returns the token of a reply that takes the claim up, or -1: it asks for the link ("send me the
   * link Martina") or says it will try, buy or order ("I'd love to ditch the gel", "gonna order
   * some"), not negated ("I won't try it") and not a "try to" of something else ("I'll try to talk
   * to her").
   */
  private static int takesUp(Analysis a) {
    for (int t = 1; t < a.tokenCount; t++) {
      if (t >= 2
          && a.tokenIs(t, "link")
          && a.tokenIs(t - 1, "the")
          && a.tokenIsOneOf(t - 2, ASK_FOR)) {
        return t;
      }
      if (a.tokenIsOneOf(t, TAKE_UP)
          && a.tokenIsOneOf(t - 1, WILL)
          && !(t + 1 < a.tokenCount && a.tokenIs(t + 1, "to"))
          && !negated(a, t - 1)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Tells whether "right" at a token follows a person's word over at most {@value #MAX_LINKS} link
   * words in its clause, none a negation ("he's right", "your auntie's right", "she might be
   * right"), a possessed word standing for a person ("your auntie's").
   */
  private static boolean personBefore(Analysis a, int t) {
    int u = t - 1;
    for (int links = 0; u >= 0 && links < MAX_LINKS && a.tokenIsOneOf(u, LINKS); u--, links++) {
      if (AddressWords.clauseMarkBefore(a, u + 1)) {
        return false;
      }
    }
    if (u < 0 || AddressWords.clauseMarkBefore(a, u + 1) || a.tokenIsOneOf(u, NOTS)) {
      return false;
    }
    if (a.tokenIsOneOf(u, PEOPLE)) {
      return true;
    }
    return u >= 1 && (a.tokenIs(u - 1, "your") || a.tokenIs(u - 1, "ur"));
  }

  /**
   * Tells whether a negation stands in the {@value #NEGATION_WORDS} words before a token, in its
   * clause: "I don't think she has a point", "she doesn't have a point".
   */
  private static boolean negated(Analysis a, int t) {
    for (int u = t - 1; u >= 0 && u >= t - NEGATION_WORDS; u--) {
      if (AddressWords.clauseMarkBefore(a, u + 1)) {
        return false;
      }
      int from = a.tokenStart[u];
      int to = a.tokenEnd[u];
      boolean nt = to - from > 3 && a.lower[to - 1] == 't' && a.lower[to - 2] == '\'';
      if (nt || a.tokenIsOneOf(u, NOTS) || a.tokenIsOneOf(u, NEGATIONS)) {
        return true;
      }
    }
    return false;
  }
}
