package io.github.peerled.rules.internal;

import static io.github.peerled.rules.internal.AddressWords.clauseEnd;
import static io.github.peerled.rules.internal.AddressWords.tokenAt;
import static io.github.peerled.rules.internal.AddressWords.word;
import static io.github.peerled.rules.internal.AddressWords.wordsBetween;

import java.util.Arrays;
import java.util.Set;

/**
 * Reads whether an instruction points a member to their own care team ("talk to your GP about it",
 * "bring your readings to your clinic") rather than telling them what to do: signposting, not
 * advice. Stateless.
 */
final class CareTeamSignpost {
  private CareTeamSignpost() {}

  /**
   * The most words after the care team in a signposting clause: "talk with your doctor about it
   * maybe" leaves the question to the member and their team; "ask your GP about a sleep clinic
   * referral" tells them what to ask for.
   */
  static final int SIGNPOST_TAIL = 3;

  /** Verbs of consulting someone: before one's own care team they signpost, not advise. */
  private static final Set<String> CONSULT =
      Set.of(
          "talk", "speak", "ask", "check", "mention", "discuss", "raise", "run", "tell", "warn",
          "ring", "phone", "call");

  /** Verbs of carrying something to someone: "bring your readings to your clinic". */
  private static final Set<String> CARRY = Set.of("bring", "take");

  /**
   * Tells whether a directive or imperative points a member to their own care team: a verb of
   * consulting (the imperative itself, or the word after the directive) with {@link Cue#CARE_TEAM}
   * later in its clause and at most {@value #SIGNPOST_TAIL} words after it ("definitely talk to
   * your team", "you should ask your GP about it"), or followed by a pronoun for a care team named
   * earlier in its sentence ("the nurse's number is on the card, ring them about the flushes", "the
   * EB nurses are amazing, ask for them by name"), or by "yours" for one's own of a care team the
   * contribution named before ("My surgeon told me no more than 10 kg. Ask yours"), or a verb of
   * carrying something "to" the care team ("please bring your readings to your clinic so your own
   * team can set them with you").
   *
   * @param a the analysed contribution
   * @param h a directive or imperative hit of it
   * @return whether the hit signposts rather than advises
   */
  static boolean signposts(Analysis a, int h) {
    if (!a.has(Cue.CARE_TEAM)) {
      return false;
    }
    int t = tokenAt(a, h);
    if (t < 0) {
      return false;
    }
    if (a.cue(h) != Cue.IMPERATIVE) {
      while (t < a.tokenCount && a.tokenStart[t] < a.hitEnd[h]) {
        t++; // the word after the directive: "you should ask"
      }
    }
    if (t >= a.tokenCount) {
      return false;
    }
    String verb = new String(a.lower, a.tokenStart[t], a.tokenEnd[t] - a.tokenStart[t]);
    int end = clauseEnd(a, h);
    if (CARRY.contains(verb)) {
      return carriedToTeam(a, t, end);
    }
    if (!CONSULT.contains(verb)) {
      return false;
    }
    boolean teamBefore = false;
    boolean teamEarlier = false;
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.CARE_TEAM && a.hitStart[k] > a.tokenStart[t] && a.hitStart[k] < end) {
        return wordsBetween(a, a.hitEnd[k], end) <= SIGNPOST_TAIL || aboutOwn(a, a.hitEnd[k]);
      }
      if (a.cue(k) == Cue.CARE_TEAM && a.hitStart[k] < a.tokenStart[t]) {
        teamBefore |= a.hitSentence[k] == a.hitSentence[h];
        teamEarlier = true;
      }
    }
    // "the specialist nurse number is on the card, ring them about the flushes": the pronoun
    // stands for the care team its sentence named before the verb; "My surgeon told me no more
    // than 10 kg. Ask yours": "yours" stands for the member's own of the care team named before
    int p = t + 1;
    if (p + 1 < a.tokenCount && word(a, p, "for") && a.tokenStart[p + 1] < end) {
      p++; // "the EB nurses are amazing, ask for them by name"
    }
    if (p >= a.tokenCount || a.tokenStart[p] >= end) {
      return false;
    }
    boolean pronoun =
        (teamBefore && (word(a, p, "them") || word(a, p, "her") || word(a, p, "him")))
            || (teamEarlier && word(a, p, "yours"));
    return pronoun && wordsBetween(a, a.tokenEnd[p], end) <= SIGNPOST_TAIL;
  }

  /**
   * Tells whether an instruction's verb asks the care team for something ("why not ask the clinic
   * for a practice run with the injection kit?", "ring your GP for a review"): a verb of
   * consulting, in the hit's words or right after them, with {@link Cue#CARE_TEAM} as its object,
   * at most one word after it. Such advice changes no medicine or dose, even when it names one:
   * what is advice in it is {@code sharing-not-advice}'s.
   *
   * @param a the analysed contribution
   * @param h a directive, advice question or imperative hit of it
   * @return whether the hit's verb asks the care team
   */
  static boolean asksTeam(Analysis a, int h) {
    if (!a.has(Cue.CARE_TEAM)) {
      return false;
    }
    int t = tokenAt(a, h);
    if (t < 0) {
      return false;
    }
    int verb = -1;
    for (int k = t; k < a.tokenCount && verb < 0; k++) {
      if (k > t && AddressWords.clauseMarkBefore(a, k)) {
        return false;
      }
      for (String w : CONSULT) {
        if (word(a, k, w)) {
          verb = k;
          break;
        }
      }
      if (a.tokenStart[k] >= a.hitEnd[h]) {
        break; // the word right after the hit's words read last
      }
    }
    if (verb < 0) {
      return false;
    }
    int end = clauseEnd(a, h);
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.CARE_TEAM
          && a.hitStart[k] > a.tokenStart[verb]
          && a.hitStart[k] < end
          && wordsBetween(a, a.tokenEnd[verb], a.hitStart[k]) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether "to" and a care team follow a token in its clause: "to your clinic". */
  private static boolean carriedToTeam(Analysis a, int t, int end) {
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) != Cue.CARE_TEAM || a.hitStart[k] <= a.tokenStart[t] || a.hitStart[k] >= end) {
        continue;
      }
      int u = Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, a.hitStart[k]);
      if (u > 0 && word(a, u - 1, "to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the words after a care team tell it about the member's own situation ("tell the
   * anaesthetist about your MG before the day"), not what to ask of it ("ask your GP about a sleep
   * clinic referral").
   */
  private static boolean aboutOwn(Analysis a, int from) {
    int t = 0;
    while (t < a.tokenCount && a.tokenStart[t] < from) {
      t++;
    }
    return t + 1 < a.tokenCount
        && word(a, t, "about")
        && (word(a, t + 1, "your") || word(a, t + 1, "ur") || word(a, t + 1, "it"));
  }
}
