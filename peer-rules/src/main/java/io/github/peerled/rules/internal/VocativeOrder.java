package io.github.peerled.rules.internal;

import static io.github.peerled.rules.internal.AddressWords.word;

/**
 * Reads an order given to a member by name in a verb the shared scan's imperative list does not
 * hold: a sentence that opens with a member's name (the vocative), then, after a comma, filler
 * words ("just", "honestly") or an if-clause closed by a comma, a base verb of the detector's
 * {@code IMP} word class that no auxiliary or modal follows. "Kylie just leave him mate", "Amrit,
 * just resign and go agency", "Ciaran, if it's bad at night, stretch your calves" tell a member
 * what to do; "Kylie, work has been mad" (a verb before an auxiliary is a noun), "Kemi, give me a
 * shout" (about the speaker), "Dominic, come on." (a verb with at most a particle: an exclamation)
 * and "Tom, will you ask?" (a question) do not.
 *
 * <p>Not read in a sentence that is not the author's own voice or that is kind rather than
 * directive: reported or quoted speech, generic you, sarcasm, a joke ({@link Cue#TEASE}),
 * encouragement, a conversation move ({@link Cue#NEUTRAL}), pointing to the member's own care team
 * ({@link Cue#CARE_TEAM}), or a put-down. The classifier must still call the contribution advice:
 * this reading only gives the structure.
 *
 * <p>Work is one name look-up per sentence, and a few word-class look-ups after a name that opens a
 * sentence; nothing is allocated. Immutable and thread-safe.
 */
final class VocativeOrder {
  /** The most filler words or names read between the vocative and the verb. */
  static final int MAX_LEAD = 4;

  /** The most words of an if-clause read between the vocative and the verb. */
  static final int MAX_CONDITION = 12;

  /** Cues of a sentence that is not the author's own order: reported, kind, a joke, a jibe. */
  private static final Cue[] NOT_DIRECTIVE = {
    Cue.REPORTED,
    Cue.GENERIC_YOU,
    Cue.SARCASM,
    Cue.TEASE,
    Cue.ENCOURAGEMENT,
    Cue.NEUTRAL,
    Cue.CARE_TEAM,
    Cue.DISMISSAL,
    Cue.CONTEMPT,
    Cue.MOCK,
    Cue.BARB
  };

  private final AddressWords words;

  VocativeOrder(AddressWords words) {
    this.words = words;
  }

  /**
   * Returns the token of the first verb of an order given to a member by name, or -1.
   *
   * @param a the analysed contribution
   * @return the verb's token, or -1
   */
  int find(Analysis a) {
    int imp = 0;
    int filler = 0;
    int aux = 0;
    int modal = 0;
    for (int s = 0; s < a.sentenceCount; s++) {
      int t = a.sentenceFirstToken[s];
      int end = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
      if (a.sentenceQuestion[s]
          || t + 1 >= end
          || !words.isName(a.lower, a.tokenStart[t], a.tokenEnd[t])) {
        continue;
      }
      if (imp == 0) {
        imp = a.lexicon.bit("IMP");
        filler = a.lexicon.bit("FILLER");
        aux = a.lexicon.bit("AUX");
        modal = a.lexicon.bit("MODAL");
      }
      if (!ownVoice(a, s, t, end)
          || ((in(a, aux, t) || in(a, modal, t)) && !AddressWords.clauseMarkBefore(a, t + 1))) {
        continue; // "Will do" is no vocative; "Will, do" is
      }
      int k = lead(a, t + 1, end, filler);
      if (k < end && word(a, k, "if")) {
        int c = k + 1;
        while (c < end && c - k <= MAX_CONDITION && !AddressWords.clauseMarkBefore(a, c)) {
          c++;
        }
        if (c >= end || !AddressWords.clauseMarkBefore(a, c)) {
          continue;
        }
        k = lead(a, c, end, filler);
      }
      if (k >= end || !in(a, imp, k) || k + 2 >= end) {
        continue; // a verb and at most a particle is an exclamation: "Dominic, come on."
      }
      if (k + 1 < end
          && (in(a, aux, k + 1)
              || in(a, modal, k + 1)
              || word(a, k + 1, "me")
              || word(a, k + 1, "my")
              || word(a, k + 1, "us"))) {
        continue; // "Kylie, work has been mad", "Kemi, give me a shout"
      }
      return k;
    }
    return -1;
  }

  /** Skips filler words and names after a vocative: "Amrit, just", "Kylie mate honestly". */
  private int lead(Analysis a, int k, int end, int filler) {
    int n = 0;
    while (k < end
        && n < MAX_LEAD
        && (in(a, filler, k) || words.isName(a.lower, a.tokenStart[k], a.tokenEnd[k]))) {
      k++;
      n++;
    }
    return k;
  }

  /** Tells whether a sentence is in the author's own, directive voice, with no quote in it. */
  private static boolean ownVoice(Analysis a, int s, int from, int end) {
    for (Cue c : NOT_DIRECTIVE) {
      if (a.sentenceHas(s, c)) {
        return false;
      }
    }
    for (int i = a.tokenStart[from]; i < a.tokenEnd[end - 1]; i++) {
      char ch = a.lower[i];
      if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
        return false;
      }
    }
    return true;
  }

  private static boolean in(Analysis a, int bit, int t) {
    return a.lexicon.inClass(bit, a.lower, a.tokenStart[t], a.tokenEnd[t]);
  }
}
