package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Personal remarks read from the frame of a clause around "you", with no insult word in it, for
 * {@link PersonalRemarks}:
 *
 * <ul>
 *   <li>a motive imputed to the listener: "you" with "only", "just" or "really", a verb of posting,
 *       saying or coming, and a purpose ("you only say this stuff on here so everyone tells you",
 *       "you just post pictures for the likes", "what you're really coming here for", "u just want
 *       everyone telling u ...");
 *   <li>sarcasm that gives the listener's reason: a sentence opened by "sure" or a {@link
 *       Cue#SARCASM} marker, with "because you" in it ("Sure, Ngaio, because you're the only one
 *       ...", not "Sure, because it takes that long to photocopy one file");
 *   <li>condescension put with formal courtesy: "with respect", "I'm afraid" or "I confess" before
 *       "you" in its sentence, with no word of the author between, and a word that talks down
 *       ("rather", "clearly", "one would have thought"): "I'm afraid, Malcolm, you have rather
 *       missed the point", not "With respect, I see it differently";
 *   <li>the listener's experience belittled as a short span: "you've been in a chair five minutes",
 *       "you were only together three years", "six weeks and you think ...", when the contribution
 *       also holds a jibe ({@link Cue#BARB}: "some of us", "come back when");
 *   <li>a verdict that the listener is unfit for their work, drawn from one moment ({@link
 *       UnfitVerdict}): "if you can't read a ticket you shouldn't be in a kitchen".
 * </ul>
 *
 * And a member's words quoted back with a laugh at the head of a reply ({@link #mockedWords}). A
 * "you" quoted or reported in its clause ("my mom told me, 'you just post ... for attention'"), or
 * after reassurance or empathy, frames nothing. Read only from the contribution's {@link
 * Cue#SECOND_PERSON} hits, a few tokens each; stateless.
 */
final class RemarkFrames {
  private RemarkFrames() {}

  /** The most tokens read after "you" for the verb of a motive frame. */
  private static final int VERB_WINDOW = 4;

  /** The most tokens read after the verb for the purpose of a motive frame. */
  private static final int PURPOSE_WINDOW = 8;

  /**
   * The most tokens from the opening of a sentence within which a formal courtesy opens it:
   * "Marjorie, with the greatest respect".
   */
  private static final int OPENER_WINDOW = 6;

  /** The most tokens read after "you" for a belittled span. */
  private static final int SPAN_WINDOW = 7;

  private static final String[] BE = {"'re", "are", "r", "'ve", "have", "were"};
  private static final String[] ONLY = {"only", "just", "really", "jus", "onli"};
  private static final String[] POSTING = {
    "post",
    "posts",
    "posting",
    "posted",
    "say",
    "saying",
    "said",
    "come",
    "coming",
    "came",
    "here",
    "write",
    "writing",
    "share",
    "sharing",
    "moan",
    "moaning",
    "whinge",
    "whinging",
    "complain",
    "complaining",
    "turn",
    "show",
    "showing",
    "join",
    "joined",
    "on",
    "in",
    "want",
    "wants"
  };
  private static final String[] WANT = {"want", "wants"};
  private static final String[] AUDIENCE = {"everyone", "everybody", "people", "us", "ppl"};
  private static final String[] FOR_WHAT = {
    "the",
    "attention",
    "sympathy",
    "likes",
    "compliments",
    "praise",
    "clout",
    "validation",
    "pity",
    "some"
  };
  private static final String[] TO_WHAT = {
    "get", "push", "sell", "be", "hear", "show", "look", "make", "fish", "feel"
  };
  private static final String[] SO_WHO = {
    "everyone", "everybody", "people", "we", "someone", "somebody", "that", "ppl"
  };
  private static final String[] BECAUSE = {"because", "cause", "cos", "coz", "bc", "cuz"};
  private static final String[] COURTESY_BEFORE = {"with", "greatest", "due", "all"};
  private static final String[] DOWN = {
    "rather",
    "clearly",
    "obviously",
    "plainly",
    "evidently",
    "simply",
    "merely",
    "hardly",
    "seem",
    "seems",
    "thought"
  };
  private static final String[] NUMBER = {
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "few",
    "couple",
    "twelve",
    "eighteen",
    "whole"
  };
  private static final String[] SHORT_UNIT = {
    "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "month", "months", "season",
    "seasons"
  };
  private static final String[] LONG_UNIT = {"year", "years", "yrs"};
  private static final String[] THINK = {"think", "reckon", "thought"};

  /**
   * Returns the first {@link Cue#SECOND_PERSON} hit that a frame makes a personal remark, or -1.
   * The caller checks the hit is neither quoted, reported nor softened.
   */
  static int find(Analysis a) {
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) != Cue.SECOND_PERSON || a.hitQuoted[h]) {
        continue;
      }
      int t = token(a, a.hitStart[h]);
      int s = a.hitSentence[h];
      if (t >= 0
          && (motive(a, t, s)
              || sarcasm(a, h, t, s)
              || condescension(a, h, t, s)
              || belittled(a, t, s)
              || UnfitVerdict.at(a, t, s))
          && !PersonalRemarks.reported(a, h)
          && !RemarkClauses.softened(a, h)) {
        return h;
      }
    }
    return -1;
  }

  /** The most chars of a member's words quoted back at the head of a reply to mock them. */
  private static final int MAX_QUOTED = 48;

  /** Laughing faces that mock words quoted just before them. */
  private static final int[] LAUGHING = {0x1F602, 0x1F923, 0x1F606};

  /**
   * Returns the span of a member's words quoted back with a laugh at the head of a reply, mocking
   * how they write or speak (&quot;Very hight&quot; 😂 Maybe sort the spelling out, Ianto &quot;a
   * poond this wik&quot; 😂), or null: the reply opens with the quote (after at most one word, a
   * name), and a laughing face follows its closing mark.
   */
  static @Nullable Span mockedWords(Analysis a) {
    if (!a.has(Cue.TEASE) || a.contribution().replyTo().isEmpty()) {
      return null;
    }
    char[] c = a.lower;
    int i = 0;
    while (i < c.length && Character.isWhitespace(c[i])) {
      i++;
    }
    int open = i;
    while (open < c.length && open - i < MAX_QUOTED && !quote(c[open])) {
      if (Character.isWhitespace(c[open]) && (open + 1 >= c.length || !quote(c[open + 1]))) {
        return null; // more than one word before the quote
      }
      open++;
    }
    if (open >= c.length || !quote(c[open])) {
      return null;
    }
    int close = open + 1;
    while (close < c.length && close - open <= MAX_QUOTED && !quote(c[close])) {
      close++;
    }
    if (close >= c.length || !quote(c[close]) || close == open + 1) {
      return null;
    }
    int after = close + 1;
    while (after < c.length && Character.isWhitespace(c[after])) {
      after++;
    }
    if (after >= a.text.length()) {
      return null;
    }
    int cp = a.text.codePointAt(after);
    for (int l : LAUGHING) {
      if (cp == l) {
        return new Span(open, close + 1);
      }
    }
    return null;
  }

  private static boolean quote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  /** "you only say ... so everyone", "you just post ... for the likes", "u just want everyone". */
  private static boolean motive(Analysis a, int t, int s) {
    int u = t + 1;
    if (in(a, u, s) && a.tokenIsOneOf(u, BE)) {
      u++;
    }
    if (!in(a, u, s) || !a.tokenIsOneOf(u, ONLY)) {
      return false;
    }
    for (int v = u + 1; v <= u + VERB_WINDOW && in(a, v, s); v++) {
      if (!a.tokenIsOneOf(v, POSTING)) {
        continue;
      }
      if (a.tokenIsOneOf(v, WANT)) {
        return in(a, v + 1, s) && a.tokenIsOneOf(v + 1, AUDIENCE);
      }
      return purpose(a, v + 1, s);
    }
    return false;
  }

  /** Tells whether a purpose follows: "for the likes", "to get", "so everyone", "here for." */
  private static boolean purpose(Analysis a, int from, int s) {
    for (int v = from; v < from + PURPOSE_WINDOW && in(a, v, s); v++) {
      boolean next = in(a, v + 1, s);
      if (a.tokenIs(v, "for") && (!next || ends(a, v) || a.tokenIsOneOf(v + 1, FOR_WHAT))) {
        return true;
      }
      if (next && a.tokenIs(v, "to") && a.tokenIsOneOf(v + 1, TO_WHAT)) {
        return true;
      }
      if (next && a.tokenIs(v, "so") && a.tokenIsOneOf(v + 1, SO_WHO)) {
        return true;
      }
    }
    return false;
  }

  /** "Sure, Ngaio, because you're ...": "because you" in a sentence that opens with sarcasm. */
  private static boolean sarcasm(Analysis a, int h, int t, int s) {
    int first = a.sentenceFirstToken[s];
    if (t - 1 < first || !a.tokenIsOneOf(t - 1, BECAUSE)) {
      return false;
    }
    boolean opened =
        a.tokenIs(first, "sure") || (a.tokenIs(first, "oh") && a.tokenIs(first + 1, "sure"));
    for (int g = 0; g < a.hitCount && !opened; g++) {
      opened = a.hitSentence[g] == s && a.cue(g) == Cue.SARCASM && token(a, a.hitStart[g]) == first;
    }
    return opened && !selfBetween(a, s, a.sentenceStart[s], a.hitStart[h]);
  }

  /** "With respect, ... you clearly ...", "I'm afraid, Malcolm, you have rather missed ...". */
  private static boolean condescension(Analysis a, int h, int t, int s) {
    int first = a.sentenceFirstToken[s];
    int opener = -1;
    for (int v = first; v < t && v < first + OPENER_WINDOW && opener < 0; v++) {
      boolean respect =
          a.tokenIs(v, "respect") && v - 1 >= first && a.tokenIsOneOf(v - 1, COURTESY_BEFORE);
      boolean afraid = a.tokenIs(v, "afraid") && v - 1 >= first && isIm(a, v - 1);
      if (respect || afraid || a.tokenIs(v, "confess")) {
        opener = v;
      }
    }
    if (opener < 0 || selfBetween(a, s, a.tokenEnd[opener], a.hitStart[h])) {
      return false;
    }
    for (int v = opener + 1; in(a, v, s); v++) {
      if (a.tokenIsOneOf(v, DOWN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "you've been in a chair five minutes", "you were only together three years", "six weeks and you
   * think", in a contribution that holds a jibe.
   */
  private static boolean belittled(Analysis a, int t, int s) {
    if (!a.has(Cue.BARB)) {
      return false;
    }
    int first = a.sentenceFirstToken[s];
    if (t - 3 >= first
        && a.tokenIs(t - 1, "and")
        && a.tokenIsOneOf(t - 3, NUMBER)
        && a.tokenIsOneOf(t - 2, SHORT_UNIT)
        && in(a, t + 1, s)
        && a.tokenIsOneOf(t + 1, THINK)) {
      return true; // "Six weeks and you think you're an expert"
    }
    boolean only = false;
    for (int v = t + 1; v + 1 <= t + SPAN_WINDOW && in(a, v + 1, s); v++) {
      only |= a.tokenIs(v, "only");
      if (number(a, v)
          && (a.tokenIsOneOf(v + 1, SHORT_UNIT) || (only && a.tokenIsOneOf(v + 1, LONG_UNIT)))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a clause mark follows a token: "what you're really coming here for, because". */
  private static boolean ends(Analysis a, int t) {
    return !RemarkClauses.sameClause(a, a.tokenEnd[t], a.tokenStart[t + 1]);
  }

  private static boolean number(Analysis a, int t) {
    if (a.tokenIsOneOf(t, NUMBER)) {
      return true;
    }
    int i = a.tokenStart[t];
    return i < a.tokenEnd[t] && Character.isDigit(a.lower[i]);
  }

  private static boolean isIm(Analysis a, int t) {
    return a.tokenIs(t, "i'm") || a.tokenIs(t, "im") || a.tokenIs(t, "am");
  }

  /** Tells whether the author speaks of themselves, unquoted, between two offsets of a sentence. */
  private static boolean selfBetween(Analysis a, int s, int from, int to) {
    for (int g = 0; g < a.hitCount; g++) {
      if (a.hitSentence[g] == s
          && a.cue(g) == Cue.FIRST_PERSON
          && !a.hitQuoted[g]
          && a.hitStart[g] >= from
          && a.hitEnd[g] <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(Analysis a, int t, int s) {
    return t >= 0
        && t < a.tokenCount
        && (s + 1 >= a.sentenceCount || t < a.sentenceFirstToken[s + 1])
        && t >= a.sentenceFirstToken[s];
  }

  private static int token(Analysis a, int offset) {
    return Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, offset);
  }
}
