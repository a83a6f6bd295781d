package io.github.peerled.rules.internal;

/**
 * A verdict that the listener is not fit for their work or their life, drawn from one hard moment
 * they told, for {@link RemarkFrames}: an if-clause that makes the moment the test ("if you can't
 * read a ticket", "if one death has you like this", "if a lorry's got you in bits") and, after
 * "you" in the sentence, a verdict ("you shouldn't be in a kitchen", "you won't last the year",
 * "you might want to rethink the job", "you're not cut out for it", "you're in the wrong job").
 * Care put with "if" is none: "if you can't sleep you shouldn't be driving", "if it's got you like
 * this you shouldn't be in work tomorrow" (a day named makes it about now, not about the person),
 * "if you can't manage stairs you shouldn't be on your own". Reads a few tokens around one "you";
 * stateless.
 */
final class UnfitVerdict {
  private UnfitVerdict() {}

  /** The most tokens read after "you" for the verdict. */
  private static final int VERDICT_WINDOW = 6;

  private static final String[] CANT = {"can't", "cant", "cannot", "couldn't", "couldnt"};
  private static final String[] GETS = {"got", "has", "gets", "had", "getting"};
  private static final String[] YOU = {"you", "u", "ya", "yer"};
  private static final String[] SHOULDNT = {"shouldn't", "shouldnt"};
  private static final String[] WONT = {"won't", "wont"};

  /** What follows "shouldn't be" in a verdict: a place or a calling, not a state or an act. */
  private static final String[] PLACE = {"in", "a", "an", "nursing", "teaching"};

  /** States that follow "shouldn't be in" in care: "in pain", "in work", "in bed". */
  private static final String[] STATE = {"pain", "work", "bed", "hospital", "agony"};

  private static final String[] RETHINK = {"rethink", "reconsider"};
  private static final String[] CALLING = {"job", "career", "profession", "line", "trade", "work"};

  /** Days that make a verdict about now: "you shouldn't be in work tomorrow". */
  private static final String[] NOW = {"today", "tomorrow", "tonight"};

  /**
   * Tells whether the "you" at a token is the subject of a verdict of unfitness drawn from an
   * if-clause before it in its sentence.
   *
   * @param a the contribution
   * @param t the token of "you"
   * @param s its sentence
   */
  static boolean at(Analysis a, int t, int s) {
    int first = a.sentenceFirstToken[s];
    int end = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
    if (!condition(a, first, t) || !verdict(a, t + 1, Math.min(end, t + 1 + VERDICT_WINDOW))) {
      return false;
    }
    for (int v = t + 1; v < end; v++) {
      if (a.tokenIsOneOf(v, NOW)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "if you can't ...", "if one death has you ...", "if a lorry's got you ...", before {@code t}.
   */
  private static boolean condition(Analysis a, int first, int t) {
    for (int i = first; i < t; i++) {
      if (!a.tokenIs(i, "if")) {
        continue;
      }
      if (i + 2 < t && a.tokenIsOneOf(i + 1, YOU) && a.tokenIsOneOf(i + 2, CANT)) {
        return true;
      }
      for (int v = i + 2; v + 1 < t; v++) {
        if (a.tokenIsOneOf(v, GETS) && a.tokenIsOneOf(v + 1, YOU)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A verdict among the tokens from {@code from} to {@code to}. */
  private static boolean verdict(Analysis a, int from, int to) {
    for (int v = from; v < to; v++) {
      boolean next = v + 1 < to;
      if (a.tokenIsOneOf(v, SHOULDNT)
          && v + 2 < to
          && a.tokenIs(v + 1, "be")
          && a.tokenIsOneOf(v + 2, PLACE)
          && !(a.tokenIs(v + 2, "in") && v + 3 < to && a.tokenIsOneOf(v + 3, STATE))) {
        return true; // "you shouldn't be in a kitchen"
      }
      if (next && a.tokenIsOneOf(v, WONT) && a.tokenIs(v + 1, "last")) {
        return true; // "you won't last the year"
      }
      if (next && a.tokenIsOneOf(v, RETHINK) && calling(a, v + 1, to)) {
        return true; // "you might want to rethink the job"
      }
      if (next && a.tokenIs(v, "cut") && a.tokenIs(v + 1, "out")) {
        return true; // "you're not cut out for it"
      }
      if (next && a.tokenIs(v, "wrong") && a.tokenIsOneOf(v + 1, CALLING)) {
        return true; // "you're in the wrong job"
      }
    }
    return false;
  }

  /** "the job", "your career": a calling within two tokens. */
  private static boolean calling(Analysis a, int from, int to) {
    for (int v = from; v < to && v < from + 2; v++) {
      if (a.tokenIsOneOf(v, CALLING)) {
        return true;
      }
    }
    return false;
  }
}
