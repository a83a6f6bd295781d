package io.github.peerled.rules.internal;

import static io.github.peerled.rules.internal.AddressWords.clauseEnd;
import static io.github.peerled.rules.internal.AddressWords.tokenAt;
import static io.github.peerled.rules.internal.AddressWords.word;

/**
 * Reads three shapes of an imperative that ask a member to do something without telling them how to
 * live: an offer or a request between members, pointing a member to someone who knows, and a tip
 * told as what it did for the speaker. All are read from the clause that comes right after the
 * imperative's own, so the reading is local.
 *
 * <ul>
 *   <li>An offer: the next clause, in the same sentence or opening the next one, has the speaker
 *       take a part in it ("Go get some air Grace, I'll come wi' you", "Go and get some fresh air
 *       after this, I'll walk with you to the tram", "please send the sheet. I can show them the
 *       paper", "Bring the letters in on Thursday and we'll go through them together"): the speaker
 *       offers to act with the member or asks something for themselves; and an invitation to ask
 *       the speaker ("It's a lot. Ask anything.", "ask away").
 *   <li>A source: the imperative is "ask" and the next clause of its sentence says what the one
 *       asked knows or has ("Ask Linda in payroll, she'll know", "Ask the union, they have a lawyer
 *       free for this", "ask your urologist for your own, they do it different for everybody"): the
 *       member is pointed to someone who can answer, not told what to do. An order that urges ("ask
 *       them for the referral straight away, don't let them fob you off") goes on with the member,
 *       not with the one asked.
 *   <li>A tip told as one's own: the next clause of its sentence says what it did for the speaker
 *       ("Ask them for a numbing spray, made a difference for me").
 * </ul>
 *
 * <p>Work: a few character compares after the imperative's clause, read only for an imperative hit
 * that is otherwise advice; nothing is allocated. Stateless.
 */
final class OfferOrSource {
  private OfferOrSource() {}

  /** How the speaker takes a part: "I'll come with you", "we'll go through them", "I can". */
  private static final String[] SPEAKER_TAKES_PART = {
    "i'll ",
    "i\u2019ll ",
    "ill come",
    "i will ",
    "i can ",
    "i could ",
    "we'll ",
    "we\u2019ll ",
    "we will ",
    "we can ",
    "i'm happy to",
    "i\u2019m happy to",
    "happy to "
  };

  /** How the one asked is taken up: "she'll know", "they have a lawyer", "it's all in there". */
  private static final String[] ONE_ASKED = {
    "she'll ", "she\u2019ll ", "he'll ", "he\u2019ll ", "they'll ", "they\u2019ll ", "she ", "he ",
    "they ", "it's ", "it\u2019s ", "dem ", "she's ", "he's ", "they've ", "they're "
  };

  /**
   * Tells whether an imperative is an offer or a request: the clause after its own opens with the
   * speaker taking a part ("..., I'll come with you", "... and we'll go through them", ". I can
   * show them").
   *
   * @param a the analysed contribution
   * @param h an imperative hit of it
   * @return whether the imperative is followed by the speaker's own part
   */
  static boolean offered(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t >= 0
        && t + 1 < a.tokenCount
        && word(a, t, "ask")
        && (word(a, t + 1, "anything") || word(a, t + 1, "away"))) {
      return true; // "It's a lot. Ask anything.": the speaker offers to answer
    }
    int end = clauseEnd(a, h);
    int i = next(a, end);
    if (i < 0) {
      // no clause mark: "Bring the letters in on Thursday and we'll go through them together"
      return joinedPart(a, h, end);
    }
    return opensWith(a, i, SPEAKER_TAKES_PART);
  }

  /**
   * Tells whether an imperative "ask" points a member to someone who knows: the next clause of its
   * sentence opens with the one asked ("Ask Linda in payroll, she'll know").
   *
   * @param a the analysed contribution
   * @param h an imperative hit of it
   * @return whether the one asked, not the member, is what the sentence goes on with
   */
  static boolean pointsToSource(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t < 0 || !word(a, t, "ask")) {
      return false;
    }
    int end = clauseEnd(a, h);
    if (end >= a.lower.length || a.lower[end] != ',') {
      return false; // the source's reason follows in the same sentence
    }
    int i = next(a, end);
    return i >= 0 && opensWith(a, i, ONE_ASKED);
  }

  /** How a tip is backed by what it did for the speaker: "made a difference for me". */
  private static final String[] DID_FOR_ME = {
    "made a difference",
    "made all the difference",
    "worked for me",
    "helped me",
    "saved me",
    "that's what worked",
    "that\u2019s what worked",
    "that's what helped",
    "that\u2019s what helped"
  };

  /**
   * Tells whether an imperative is a tip told as the speaker's own experience: the next clause of
   * its sentence says what it did for the speaker ("Ask them for a numbing spray, made a difference
   * for me", "bring a cushion, worked for me"), with no "you" in that clause.
   *
   * @param a the analysed contribution
   * @param h an imperative hit of it
   * @return whether the imperative is backed at once by what it did for the speaker
   */
  static boolean ownTip(Analysis a, int h) {
    int end = clauseEnd(a, h);
    if (end >= a.lower.length || a.lower[end] != ',') {
      return false;
    }
    int i = next(a, end);
    if (i < 0 || !opensWith(a, i, DID_FOR_ME)) {
      return false;
    }
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.SECOND_PERSON
          && a.hitStart[k] >= i
          && a.hitSentence[k] == a.hitSentence[h]) {
        return false;
      }
    }
    return true;
  }

  /** The first letter after a clause mark at {@code end}, or -1 at the end of the text. */
  private static int next(Analysis a, int end) {
    int i = end;
    while (i < a.lower.length && !Character.isLetter(a.lower[i])) {
      i++;
    }
    return i < a.lower.length && end < a.lower.length ? i : -1;
  }

  /** Tells whether "and" and the speaker's part follow in the imperative's clause. */
  private static boolean joinedPart(Analysis a, int h, int end) {
    for (int t = Math.max(0, tokenAt(a, h)) + 1; t + 1 < a.tokenCount; t++) {
      if (a.tokenStart[t] >= end) {
        return false;
      }
      if (word(a, t, "and") && opensWith(a, a.tokenStart[t + 1], SPEAKER_TAKES_PART)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWith(Analysis a, int i, String[] forms) {
    for (String f : forms) {
      if (i + f.length() <= a.lower.length && RequestTexts.matches(a.lower, i, f)) {
        return true;
      }
    }
    return false;
  }
}
