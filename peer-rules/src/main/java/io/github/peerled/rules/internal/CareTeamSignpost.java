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
   * your team", "you should ask your GP about it"), or a verb of carrying something "to" the care
   * team ("please bring your readings to your clinic so your own team can set them with you").
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
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.CARE_TEAM && a.hitStart[k] > a.tokenStart[t] && a.hitStart[k] < end) {
        return wordsBetween(a, a.hitEnd[k], end) <= SIGNPOST_TAIL || aboutOwn(a, a.hitEnd[k]);
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
