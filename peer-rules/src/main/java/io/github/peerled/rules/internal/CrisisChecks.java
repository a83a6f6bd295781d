package io.github.peerled.rules.internal;

import java.util.Arrays;

/**
 * The checks of one contribution: the sentences where someone asks another whether they are safe,
 * ok, or thinking of harm. A sentence with a check word and a risk word is a check when the nearest
 * person before the risk word is "you"; one without a risk word is a check when it asks whether
 * someone is safe or ok. Read once by {@link CrisisReading}; immutable once found.
 */
final class CrisisChecks {
  /** Whether each sentence is a check. */
  final boolean[] sentence;

  /**
   * Whether each sentence speaks of someone else: the nearest person before its first risk word is
   * another ("you", "anyone", "she"), in a statement as in a question, and the sentence says
   * nothing of its author ("if anyone is thinking of suicide, call...", not "they'd be better off
   * without me").
   */
  final boolean[] others;

  /** The strongest check: {@link CrisisReading#NO_CHECK} to {@link CrisisReading#RISK_CHECK}. */
  final int strongest;

  /** Whether the last question is not a check ("...? Can you stay on after this?"). */
  final boolean asksElseLast;

  /**
   * Finds the checks.
   *
   * @param a the contribution's analysis
   * @param n the number of sentences (at least 1)
   * @param sentenceMask the classes of the reading each sentence holds
   * @param firstRisk the start of each sentence's first risk word, or {@link Integer#MAX_VALUE}
   */
  CrisisChecks(Analysis a, int n, int[] sentenceMask, int[] firstRisk) {
    sentence = new boolean[n];
    others = new boolean[n];
    int[] nearest = new int[n];
    boolean[] nearestYou = new boolean[n];
    Arrays.fill(nearest, -1);
    for (int h = 0; h < a.hitCount; h++) {
      int s = a.hitSentence[h];
      boolean you =
          a.cue(h) == Cue.SECOND_PERSON
              || (a.cue(h) == Cue.CRISIS_READING
                  && CrisisConcept.of(a.payload(h)) == CrisisConcept.OTHER);
      boolean self =
          a.cue(h) == Cue.CRISIS_READING && CrisisConcept.of(a.payload(h)) == CrisisConcept.SELF;
      if ((you || self) && a.hitStart[h] < firstRisk[s] && a.hitStart[h] >= nearest[s]) {
        nearest[s] = a.hitStart[h];
        nearestYou[s] = you;
      }
    }
    int checkWords =
        CrisisConcept.CHECK_SAFE.bit()
            | CrisisConcept.CHECK_WEAK.bit()
            | CrisisConcept.CHECK_OPENER.bit();
    int check = CrisisReading.NO_CHECK;
    int lastQuestion = -1;
    for (int s = 0; s < n; s++) {
      others[s] =
          firstRisk[s] != Integer.MAX_VALUE
              && nearestYou[s]
              && (sentenceMask[s] & CrisisConcept.SELF.bit()) == 0;
      boolean asks = (sentenceMask[s] & checkWords) != 0;
      if (a.sentenceQuestion[s]) {
        lastQuestion = s;
      }
      if (!asks) {
        continue;
      }
      if (firstRisk[s] != Integer.MAX_VALUE && nearestYou[s]) {
        sentence[s] = true;
        check = CrisisReading.RISK_CHECK;
      } else if (firstRisk[s] == Integer.MAX_VALUE
          && (sentenceMask[s] & CrisisConcept.CHECK_SAFE.bit()) != 0) {
        sentence[s] = true;
        check = Math.max(check, CrisisReading.SAFE_CHECK);
      } else if (firstRisk[s] == Integer.MAX_VALUE
          && (sentenceMask[s] & CrisisConcept.CHECK_WEAK.bit()) != 0) {
        sentence[s] = true;
        check = Math.max(check, CrisisReading.WEAK_CHECK);
      }
    }
    strongest = check;
    asksElseLast = check != CrisisReading.NO_CHECK && lastQuestion >= 0 && !sentence[lastQuestion];
  }
}
