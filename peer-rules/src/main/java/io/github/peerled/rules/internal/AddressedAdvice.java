package io.github.peerled.rules.internal;

import static io.github.peerled.rules.internal.AddressWords.clauseEnd;
import static io.github.peerled.rules.internal.AddressWords.tokenAt;
import static io.github.peerled.rules.internal.AddressWords.word;

import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.rules.GroupContext;
import io.github.peerled.rules.detect.internal.TextChars;

/**
 * Reads, from the hits of the shared scan, whether a contribution tells another member what to do:
 * the structure advice has, whatever its words. A hit is advice aimed at a member when it is
 *
 * <ul>
 *   <li>a {@link Cue#DIRECTIVE} ("you should", "you need to", "if I were you") outside a question
 *       ("what do you think you need to do?"), or
 *   <li>an {@link Cue#ADVICE_QUESTION} ("why don't you", "have you tried"), or
 *   <li>a want put to the member that opens its clause ("you want to get yourself one", "you'll
 *       want to"; an {@link Cue#INDIRECT_ADVICE} phrase), read like an imperative, or
 *   <li>an {@link Cue#IMPERATIVE} that opens a clause, after nothing but a comma, a member's name,
 *       the group ("everyone, try ...") or {@link Cue#ADVICE_OPENER} words ("and get rid of ...",
 *       "honestly just quit ..."); in a sentence that is not a question ("do your feet hurt?"), not
 *       a question tag ("don't you?"), not kindness or a conversation move ({@link Cue#NEUTRAL}:
 *       "take your time", "hang on"), and not about the speaker ("take my tablets at nine", "give
 *       me a shout": a first-person word in its clause before any second-person one);
 * </ul>
 *
 * in the author's own voice (not quoted, reported or generic you, see {@link
 * Analysis#discounted(int)}), without {@link Cue#ENCOURAGEMENT} in its clause ("you should be proud
 * of yourself", "go easy on yourself"), not about advising itself ({@link Cue#ADVISING}: "please
 * don't tell him to change his meds" upholds the group's agreement; but "tell them you want
 * mornings", where the instruction is the telling, is advice), not a put-down ({@link
 * Cue#DISMISSAL}, {@link Cue#CONTEMPT}, {@link Cue#MOCK} or {@link Cue#BARB} in its clause: "go
 * back to your little fandom" is a personal remark, not advice), not a cheer or a wish ("get in
 * Tariq", "go on Sal!", "go well"), not the start of a subject ("phone booking is the final boss"),
 * and not pointing a member to their own care team, or telling it about their own condition ("tell
 * the anaesthetist about your MG"). And the contribution must be aimed at someone: a reply, a
 * response, or one that names a member or the whole group. A sharing that names no one ("Got the
 * job! Start Monday.") tells nobody what to do.
 *
 * <p>An imperative hit that is itself an opener word ("just") is not an imperative by itself ("Just
 * back from the clinic"); the imperative after it is read at its own hit ("just quit").
 *
 * <p>Work is linear in the hits and tokens of the contribution: at most {@value #MAX_READ} advice
 * phrases are read, each back over at most {@value #MAX_OPENING} words; nothing is allocated but
 * for word look-ups near a candidate imperative. Immutable and thread-safe.
 */
final class AddressedAdvice {
  /**
   * The most advice phrases read in one contribution: each is read against its clause and the
   * contribution's other hits, so the cap keeps the work linear in the length of the text.
   */
  static final int MAX_READ = 32;

  /** The most words read back from an imperative to the opening of its clause. */
  static final int MAX_OPENING = 6;

  /** Members' names, the group, opener words and clause marks. */
  private final AddressWords words;

  AddressedAdvice(GroupContext context) {
    this.words = new AddressWords(context);
  }

  /** Returns the words by which contributions address someone, as this reading reads them. */
  AddressWords words() {
    return words;
  }

  /**
   * Returns the first hit of a contribution that gives advice to another member, or -1.
   *
   * @param a the analysed contribution
   * @return the hit, or -1 if it tells no member what to do
   */
  int find(Analysis a) {
    if (!a.has(Cue.DIRECTIVE)
        && !a.has(Cue.ADVICE_QUESTION)
        && !a.has(Cue.IMPERATIVE)
        && !a.has(Cue.INDIRECT_ADVICE)) {
      return -1;
    }
    int addressed = -1; // unknown until a candidate needs it
    int read = 0;
    for (int h = 0; h < a.hitCount && read < MAX_READ; h++) {
      Cue cue = a.cue(h);
      if (cue != Cue.DIRECTIVE
          && cue != Cue.ADVICE_QUESTION
          && cue != Cue.IMPERATIVE
          && cue != Cue.INDIRECT_ADVICE) {
        continue;
      }
      read++;
      if (!candidate(a, h)) {
        continue;
      }
      if (addressed < 0) {
        addressed = aimedAtSomeone(a) ? 1 : 0;
      }
      return addressed == 1 ? h : -1;
    }
    return -1;
  }

  /**
   * Tells whether one hit is advice aimed at another member, read as {@link #find} reads each.
   *
   * @param a the analysed contribution
   * @param h a hit of the contribution
   * @return whether the hit tells a member what to do
   */
  boolean advises(Analysis a, int h) {
    Cue cue = a.cue(h);
    return (cue == Cue.DIRECTIVE || cue == Cue.ADVICE_QUESTION || cue == Cue.IMPERATIVE)
        && candidate(a, h)
        && aimedAtSomeone(a);
  }

  private boolean candidate(Analysis a, int h) {
    int s = a.hitSentence[h];
    return switch (a.cue(h)) {
      case DIRECTIVE ->
          !a.sentenceQuestion[s]
              && !a.discounted(h)
              && !joking(a, h)
              && !encouraging(a, h)
              && !onAdvising(a, h)
              && !CareTeamSignpost.signposts(a, h)
              && !putDown(a, h);
      case ADVICE_QUESTION -> !a.discounted(h) && !joking(a, h);
      case INDIRECT_ADVICE ->
          wanting(a, h)
              && !a.sentenceQuestion[s]
              && !a.discounted(h)
              && opensClause(a, h)
              && !joking(a, h)
              && !encouraging(a, h)
              && !CareTeamSignpost.signposts(a, h)
              && !putDown(a, h);
      case IMPERATIVE ->
          !a.sentenceQuestion[s]
              && !a.coStarts(h, Cue.NEUTRAL)
              && !a.coStarts(h, Cue.ENCOURAGEMENT)
              && !a.discounted(h)
              && !joking(a, h)
              && !opener(a, h)
              && opensClause(a, h)
              && !subject(a, h)
              && !questionTag(a, h)
              && !aboutSpeaker(a, h)
              && !encouraging(a, h)
              && !onAdvising(a, h)
              && !bare(a, h)
              && !CareTeamSignpost.signposts(a, h)
              && !putDown(a, h)
              && !cheer(a, h)
              && !OfferOrSource.offered(a, h)
              && !OfferOrSource.pointsToSource(a, h)
              && !OfferOrSource.ownTip(a, h);
      default -> false;
    };
  }

  /**
   * Tells whether an indirect phrase is a want put to the member ("you want to", "you'll want to",
   * "you wanna"): opening its clause, it tells them what to do ("You want to get yourself one of
   * them jar openers, Ahmed"); after "if", "what" or "do" it does not ("if you want to come").
   */
  private static boolean wanting(Analysis a, int h) {
    String phrase = a.lexicon.phrase(a.hitPattern[h]);
    return phrase.startsWith("you") && (phrase.contains(" want") || phrase.endsWith(" wanna"));
  }

  /**
   * Tells whether an imperative opens its clause: only opener words, names or the group stand
   * between it and the sentence's start or a comma, semicolon, colon or dash.
   */
  private boolean opensClause(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t < 0) {
      return false;
    }
    int first = a.sentenceFirstToken[a.hitSentence[h]];
    for (int k = t; k > first; k--) {
      if (t - k >= MAX_OPENING) {
        return false;
      }
      if (AddressWords.clauseMarkBetween(a, a.tokenEnd[k - 1], a.tokenStart[k])) {
        return true;
      }
      int from = a.tokenStart[k - 1];
      int to = a.tokenEnd[k - 1];
      if (!a.lexicon.isWord(Cue.ADVICE_OPENER, a.lower, from, to)
          && !words.isName(a.lower, from, to)
          && !AddressWords.groupWord(a, from)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether an imperative hit is an opener word ("just"): not an imperative by itself ("Just
   * back from the clinic"), only before one ("just quit", found at its own hit).
   */
  private static boolean opener(Analysis a, int h) {
    return a.lexicon.isWord(Cue.ADVICE_OPENER, a.lower, a.hitStart[h], a.hitEnd[h]);
  }

  /** Forms of "be" after which a clause-opening word is the subject of a statement. */
  private static final String[] COPULA = {"is", "was", "are", "were"};

  /** Words before a copula that are its own subject: "make sure it is", "keep what is yours". */
  private static final String[] OWN_SUBJECT = {
    "it", "that", "this", "what", "there", "he", "she", "they", "who", "which", "everything"
  };

  /**
   * Tells whether a word read as an imperative is rather the start of a subject: a form of "be"
   * follows within two words of its clause, with no subject of its own between ("phone booking is
   * the final boss", "talk is cheap"; but "make sure it is charged" is an instruction).
   */
  static boolean subject(Analysis a, int h) {
    int t = tokenAt(a, h);
    int s = a.hitSentence[h];
    int end = s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount;
    int k = t;
    while (k < end && a.tokenStart[k] < a.hitEnd[h]) {
      k++; // the word after the imperative phrase
    }
    for (int n = 0; n < 2 && k + n < end; n++) {
      if (AddressWords.clauseMarkBefore(a, k + n)) {
        return false;
      }
      if (anyOf(a, k + n, COPULA)) {
        return true;
      }
      if (anyOf(a, k + n, OWN_SUBJECT)) {
        return false;
      }
    }
    return false;
  }

  private static boolean anyOf(Analysis a, int t, String[] words) {
    for (String w : words) {
      if (word(a, t, w)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether an imperative is followed at once by "you": "don't you?", "do you ...". */
  private static boolean questionTag(Analysis a, int h) {
    int t = tokenAt(a, h);
    for (int k = t + 1; k >= 1 && k < a.tokenCount; k++) {
      if (a.tokenStart[k] < a.hitEnd[h]) {
        continue; // a word of the imperative phrase itself ("do not")
      }
      return a.tokenEnd[k] - a.tokenStart[k] == 3
          && a.lower[a.tokenStart[k]] == 'y'
          && a.lower[a.tokenStart[k] + 1] == 'o'
          && a.lower[a.tokenStart[k] + 2] == 'u';
    }
    return false;
  }

  /**
   * Tells whether the clause of an imperative is about the speaker: a first-person word follows it
   * in the clause before any second-person word ("take my tablets", "give me a shout"), or it is a
   * perception that keeps coming back ({@link Cue#SENSORY}: "Not sleeping great. Keep hearing it")
   * with no second-person word in its clause, told with the speaker's "I" dropped.
   */
  private static boolean aboutSpeaker(Analysis a, int h) {
    int end = clauseEnd(a, h);
    int firstPerson = Integer.MAX_VALUE;
    int secondPerson = Integer.MAX_VALUE;
    for (int k = 0; k < a.hitCount; k++) {
      int at = a.hitStart[k];
      if (at < a.hitEnd[h] || at >= end) {
        continue;
      }
      switch (a.cue(k)) {
        case FIRST_PERSON -> firstPerson = Math.min(firstPerson, at);
        case SECOND_PERSON -> secondPerson = Math.min(secondPerson, at);
        default -> {}
      }
    }
    return firstPerson < secondPerson
        || (secondPerson == Integer.MAX_VALUE && a.coStarts(h, Cue.SENSORY));
  }

  /** Tells whether the clause of a directive holds encouragement: "be proud of yourself". */
  private static boolean encouraging(Analysis a, int h) {
    if (!a.has(Cue.ENCOURAGEMENT)) {
      return false;
    }
    int end = clauseEnd(a, h);
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.ENCOURAGEMENT && a.hitStart[k] >= a.hitStart[h] && a.hitStart[k] < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a directive is about advising itself: its clause holds a verb of telling others
   * what to do, followed in the clause by "to" or "what" ("don't tell him to stop his meds", "stop
   * telling her what to do"). Such a directive upholds the group's agreement.
   */
  private static boolean onAdvising(Analysis a, int h) {
    if (!a.has(Cue.ADVISING)) {
      return false;
    }
    int end = clauseEnd(a, h);
    int verb = -1; // the first verb of advising in the clause
    for (int k = 0; k < a.hitCount; k++) {
      if (a.cue(k) == Cue.ADVISING
          && a.hitStart[k] >= a.hitStart[h]
          && a.hitStart[k] < end
          && (verb < 0 || a.hitStart[k] < a.hitStart[verb])) {
        verb = k;
      }
    }
    if (verb < 0 || (a.hitStart[verb] == a.hitStart[h] && !a.coStarts(h, Cue.NEGATION))) {
      return false; // "tell him to shut up": the instruction is the telling itself
    }
    for (int t = Math.max(0, tokenAt(a, verb)); t < a.tokenCount && a.tokenStart[t] < end; t++) {
      if (a.tokenStart[t] < a.hitEnd[verb]) {
        continue;
      }
      if (word(a, t, "to") || word(a, t, "what")) {
        return true;
      }
      if (word(a, t, "where") || word(a, t, "how") || word(a, t, "when")) {
        return false; // "tell him where to go": telling a member what to do, not about advising
      }
    }
    return false;
  }

  /**
   * Tells whether a negative imperative stands alone in its clause, with nothing after it: "don't."
   * reacts to what was said rather than tells a member what to do ("Maud quit." still does).
   */
  private static boolean bare(Analysis a, int h) {
    if (!a.coStarts(h, Cue.NEGATION)) {
      return false;
    }
    int end = clauseEnd(a, h);
    for (int i = a.hitEnd[h]; i < end; i++) {
      if (TextChars.isWord(a.lower[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the clause of an instruction holds a put-down ({@link Cue#DISMISSAL}, {@link
   * Cue#CONTEMPT}, {@link Cue#MOCK}, {@link Cue#BARB}): "go back to your little fandom", "maybe try
   * helping instead of being the resident know-it-all". A jibe dressed as an instruction is a
   * personal remark, left to {@code respectful-exchange}, not advice.
   */
  private static boolean putDown(Analysis a, int h) {
    long jibes = Cue.DISMISSAL.bit() | Cue.CONTEMPT.bit() | Cue.MOCK.bit() | Cue.BARB.bit();
    if ((a.cues & jibes) == 0) {
      return false;
    }
    int end = clauseEnd(a, h);
    for (int k = 0; k < a.hitCount; k++) {
      if ((a.cue(k).bit() & jibes) != 0 && a.hitStart[k] >= a.hitStart[h] && a.hitStart[k] < end) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a verb a wish when nothing else follows: "go well", "sleep well". */
  private static final String[] WISH = {"in", "on", "well", "safe", "safely", "warm"};

  /**
   * Tells whether an imperative is a cheer or a wish: its verb, one particle or wish word, and
   * nothing but names, the group or emoji in its clause ("get in Tariq", "go on Sal!", "come on
   * everyone", "go well", "sleep well all", "travel safe"); or "go" and a name alone, exclaimed
   * ("Go Evie!!", a member's child cheered on; "go maureen!!"), where "go" leads nowhere.
   */
  private boolean cheer(Analysis a, int h) {
    int t = tokenAt(a, h);
    if (t < 0 || t + 1 >= a.tokenCount || a.hitEnd[h] > a.tokenEnd[t]) {
      return false;
    }
    if (AddressWords.clauseMarkBefore(a, t + 1)) {
      return false;
    }
    if (!anyOf(a, t + 1, WISH)) {
      return word(a, t, "go") && namedAlone(a, t + 1);
    }
    int end = clauseEnd(a, h);
    for (int k = t + 2; k < a.tokenCount && a.tokenStart[k] < end; k++) {
      if (!words.isName(a.lower, a.tokenStart[k], a.tokenEnd[k])
          && !AddressWords.groupWord(a, a.tokenStart[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a token is a name that an exclamation mark follows at once: "Go Evie!!", "go
   * maureen!!" (a member's name, in chat written in lower case), not "go Evie and ask" nor "Go
   * Evie.".
   */
  private boolean namedAlone(Analysis a, int t) {
    if (!Character.isUpperCase(a.text.charAt(a.tokenStart[t]))
        && !words.isName(a.lower, a.tokenStart[t], a.tokenEnd[t])) {
      return false;
    }
    int i = a.tokenEnd[t];
    while (i < a.lower.length && a.lower[i] == ' ') {
      i++;
    }
    if (i >= a.lower.length) {
      return true; // "Go Arjun" ending the contribution
    }
    return a.lower[i] == '!' || Character.codePointAt(a.lower, i) >= 0x1F300; // "Go Arjun 🎉"
  }

  /** Words that take back the sentence before them: "Have you tried fourteen alarms? Kidding." */
  private static final String[] TAKEN_BACK = {"kidding", "joking", "jk"};

  /**
   * Tells whether the sentence of a hit is a joke: it laughs ({@link Cue#TEASE} laughter, not
   * affection: "don't get cocky, Rob 😂", "just move in with her haha"), or the next sentence takes
   * it back ("Have you tried setting fourteen alarms? Kidding."). Banter tells nobody what to do.
   */
  private static boolean joking(Analysis a, int h) {
    int s = a.hitSentence[h];
    if (a.sentenceHas(s, Cue.TEASE)) {
      for (int k = 0; k < a.hitCount; k++) {
        if (a.hitSentence[k] == s && a.cue(k) == Cue.TEASE && laughs(a, k)) {
          return true;
        }
      }
    }
    if (s + 1 < a.sentenceCount && a.sentenceFirstToken[s + 1] < a.tokenCount) {
      int t = a.sentenceFirstToken[s + 1];
      for (String w : TAKEN_BACK) {
        if (word(a, t, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether a {@link Cue#TEASE} hit laughs rather than shows affection: a word of laughter
   * ("haha", "jk") or a face of the emoticon block but the kiss; not "x", "xx" or a heart.
   */
  private static boolean laughs(Analysis a, int k) {
    int c = Character.codePointAt(a.lower, a.hitStart[k]);
    if (Character.isLetter(c)) {
      return c != 'x';
    }
    return c >= 0x1F600 && c <= 0x1F64F && c != 0x1F618;
  }

  /** Tells whether a contribution is aimed at someone: a reply, a response, a name, the group. */
  boolean aimedAtSomeone(Analysis a) {
    Contribution c = a.contribution;
    if (c == null
        || c.replyTo().isPresent()
        || c.kind() == ContributionKind.RESPONSE
        || a.has(Cue.GROUP_ADDRESS)) {
      return true;
    }
    for (int t = 0; t < a.tokenCount; t++) {
      if (words.isName(a.lower, a.tokenStart[t], a.tokenEnd[t])) {
        return true;
      }
    }
    return false;
  }
}
