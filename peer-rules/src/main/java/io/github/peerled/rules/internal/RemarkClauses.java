package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How the clause around a remark cue bears on it, for {@link PersonalRemarks}: envy put as sarcasm
 * at the opening of a sentence, the author speaking of themselves before a jibe, reassurance or
 * empathy before a remark, and where clauses end. Reads the hits and text of one analysed
 * contribution; stateless.
 */
final class RemarkClauses {
  private RemarkClauses() {}

  /**
   * Tells whether a barb is envy put as sarcasm, which reads as a remark by itself when it opens
   * its sentence without a subject: "Must be nice to have all that free time", "alright for some"
   * ("that must be nice for you" has a subject and is sympathy).
   */
  static boolean envy(Analysis a, int hit) {
    String p = a.lexicon.phrase(a.hitPattern[hit]);
    return p.startsWith("must be ") || p.endsWith(" for some");
  }

  /** Tells whether the author speaks of themselves before a hit in its clause, unquoted. */
  static boolean selfInClause(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s
          && a.hitEnd[h] <= a.hitStart[hit]
          && a.cue(h) == Cue.FIRST_PERSON
          && !a.hitQuoted[h]
          && !hedge(a, h)
          && sameClause(a, a.hitEnd[h], a.hitStart[hit])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the author speaks of themselves alone after a hit in its clause, unquoted: "was a
   * joke about my own leg", not "we're all sick of it" nor a hedge ("each to their own I suppose").
   */
  static boolean selfLaterInClause(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s
          && a.hitStart[h] >= a.hitEnd[hit]
          && a.cue(h) == Cue.FIRST_PERSON
          && !a.hitQuoted[h]
          && sameClause(a, a.hitEnd[hit], a.hitStart[h])
          && singular(a, h)
          && !hedge(a, h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a remark follows reassurance, empathy or self-talk in its clause ("you're not
   * stupid"), not in an earlier one ("you're not in recovery, you're too stupid to see it"), nor as
   * part of the remark itself ("you're not a real carer").
   */
  static boolean softened(Analysis a, int hit) {
    int s = a.hitSentence[hit];
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s
          && a.hitStart[h] < a.hitEnd[hit]
          && a.cue(h) == Cue.NOT_ATTACK
          && !(a.hitStart[h] >= a.hitStart[hit] && a.hitEnd[h] <= a.hitEnd[hit])
          && sameClause(a, a.hitEnd[h], a.hitStart[hit])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first member other than the author a contribution names, "Ian's" included, or null:
   * whom jibes are about ("Funny how Ian's bad weeks always ...").
   */
  static @Nullable MemberId firstNamed(RemarkWords w) {
    MemberId author = w.a.contribution().author();
    for (int t = 0; t < w.a.tokenCount; t++) {
      MemberId m = w.member(t, true);
      if (m != null && !m.equals(author)) {
        return m;
      }
    }
    return null;
  }

  /** Tells whether no comma, semicolon, colon or dash stands between two offsets. */
  static boolean sameClause(Analysis a, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the author speaks of themselves alone anywhere in the contribution: "I", "my",
   * not "we" or "us", which take in the group, nor "me" within a jibe ("wake me up when").
   */
  static boolean anySingularSelf(Analysis a) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.FIRST_PERSON && !a.hitQuoted[h] && !inside(a, h, Cue.BARB)) {
        if (singular(a, h)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tells whether a first-person hit is the author alone: "I", "my", not "we", "us" or "our". */
  private static boolean singular(Analysis a, int h) {
    String p = new String(a.lower, a.hitStart[h], a.hitEnd[h] - a.hitStart[h]);
    return !p.equals("we")
        && !p.equals("us")
        && !p.equals("our")
        && !p.startsWith("we'")
        && !p.startsWith("we\u2019");
  }

  /** Tells whether a hit lies within a hit of a cue ("me" in "wake me up"). */
  private static boolean inside(Analysis a, int hit, Cue cue) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == cue && a.hitStart[h] <= a.hitStart[hit] && a.hitEnd[hit] <= a.hitEnd[h]) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that make "I" a hedge on what follows rather than talk of oneself: "I suppose". */
  private static final String[] HEDGES = {
    "suppose", "guess", "mean", "bet", "reckon", "think", "imagine", "spose", "s'pose"
  };

  /** What may stand between "I" and a verb of saying that hedges: "I'm only saying". */
  private static final String[] SAYING_BETWEEN = {"'m", "m", "am", "just", "only", "merely"};

  /**
   * Verbs of saying that make "I'm just ..." a hedge on a jibe: "I'm only saying what ...", "I
   * merely say".
   */
  private static final String[] SAYING = {"saying", "asking", "say"};

  /**
   * Tells whether a first-person hit is "I" hedging what follows ("but I suppose when you've been
   * qualified five minutes you need to show off", "I'm only saying what everyone's thinking"): the
   * clause is about the listener, not oneself.
   */
  static boolean hedge(Analysis a, int hit) {
    int i = Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[hit]);
    if (i < 0 || i + 1 >= a.tokenCount) {
      return false;
    }
    int len = a.hitEnd[hit] - a.hitStart[hit];
    char c = a.lower[a.hitStart[hit]];
    if (len == 1 && c == 'i' && a.tokenIsOneOf(i + 1, HEDGES)) {
      return true;
    }
    boolean im =
        (len == 1 && c == 'i')
            || (len == 3 && RemarkWords.same(a.lower, a.hitStart[hit], "i'm"))
            || (len == 2 && RemarkWords.same(a.lower, a.hitStart[hit], "im"));
    if (!im) {
      return false;
    }
    int t = i + 1;
    for (int n = 0; n < 2 && t < a.tokenCount && a.tokenIsOneOf(t, SAYING_BETWEEN); n++) {
      t++;
    }
    return t > i + 1 && t < a.tokenCount && a.tokenIsOneOf(t, SAYING);
  }
}
