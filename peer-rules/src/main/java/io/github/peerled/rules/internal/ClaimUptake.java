package io.github.peerled.rules.internal;

/**
 * Reads who a known myth's mention belongs to, for {@code peer-review}: a claim reported as someone
 * else's ("my aunty keeps telling me ...", "my brother-in-law says ...") is the reporter's only
 * when they take it up, by asking about it, backing it or acting on it ({@link Cue#TAKE_UP}: "maybe
 * he's right", "so I've been giving her one", "is that true?"); and a member who backs a claim just
 * reported ("your aunty isn't wrong", "she might have a point") puts it forward. Reads the hits the
 * analysis already holds; allocates nothing. Stateless.
 */
final class ClaimUptake {
  /** The payload of a phrase that backs a claim: "isn't wrong", "has a point". */
  static final int BACK = 1;

  /** The payload of a phrase that acts on a claim: "so i've", "i've started". */
  static final int ACT = 2;

  private ClaimUptake() {}

  /**
   * Returns the phrase of a lexicon line.
   *
   * @param line {@code phrase<TAB>back} or {@code phrase<TAB>act}
   * @return the phrase
   */
  static String phrase(String line) {
    int tab = line.indexOf('\t');
    return tab < 0 ? line : line.substring(0, tab);
  }

  /**
   * Returns the payload of a lexicon line.
   *
   * @throws IllegalArgumentException if the kind is missing or not {@code back} or {@code act},
   *     naming the line
   */
  static int payload(String line) {
    String[] f = line.split("\t", -1);
    if (f.length == 2 && f[1].strip().equals("back")) {
      return BACK;
    }
    if (f.length == 2 && f[1].strip().equals("act")) {
      return ACT;
    }
    throw new IllegalArgumentException(
        "lexicon 'take-up': expected 'phrase<TAB>back' or 'phrase<TAB>act' in line '" + line + "'");
  }

  /**
   * Tells whether a myth met at an offset is reported as someone else's and not taken up: a
   * reporting cue ({@link Cue#REPORTED}) before it in its sentence, and no question, backing or
   * acting in the contribution.
   *
   * @param a the analysed contribution
   * @param start where the myth's mention starts
   * @return true if the mention is only reported
   */
  static boolean onlyReported(Analysis a, int start) {
    if (!a.has(Cue.REPORTED)) {
      return false;
    }
    int s = sentenceAt(a, start);
    boolean reported = false;
    for (int h = 0; h < a.hitCount && !reported; h++) {
      reported =
          a.cue(h) == Cue.REPORTED
              && !a.hitQuoted[h]
              && a.hitSentence[h] == s
              && a.hitEnd[h] <= start;
    }
    if (!reported || (a.has(Cue.TAKE_UP) && takenUp(a))) {
      return false;
    }
    for (int k = 0; k < a.sentenceCount; k++) {
      if (a.sentenceQuestion[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the hit by which a contribution backs a claim ("isn't wrong", "she's right"), one not
   * after a negation in its sentence, or -1.
   *
   * @param a the analysed contribution
   * @return the hit, or -1
   */
  static int backing(Analysis a) {
    if (!a.has(Cue.TAKE_UP)) {
      return -1;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.TAKE_UP
          && a.payload(h) == BACK
          && !a.hitQuoted[h]
          && !negatedBefore(a, h)) {
        return h;
      }
    }
    return -1;
  }

  private static boolean takenUp(Analysis a) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.TAKE_UP && !a.hitQuoted[h] && !negatedBefore(a, h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedBefore(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.NEGATION && a.hitSentence[h] == s && a.hitEnd[h] <= a.hitStart[hit]) {
        return true;
      }
    }
    return false;
  }

  /** Returns the sentence an offset is in. */
  private static int sentenceAt(Analysis a, int offset) {
    int s = 0;
    while (s + 1 < a.sentenceCount && a.sentenceStart[s + 1] <= offset) {
      s++;
    }
    return s;
  }
}
