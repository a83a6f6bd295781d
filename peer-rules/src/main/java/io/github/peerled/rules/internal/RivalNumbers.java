package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.List;

/**
 * Reads, by structure, how a message sets a number against someone else's, beside the comparing
 * phrases of {@link NoComparingRule}:
 *
 * <ul>
 *   <li>an echo: a short question that repeats another's number ("Only 1000?", "3,000?", "6?",
 *       "Seven?", "Half a mile??"), followed by a sentence in which the author gives their own, in
 *       figures or words ("I did 11,400 yesterday", "I was off them by week three");
 *   <li>a {@link Cue#RIVALRY} phrase in a sentence that holds a number or a measure, or right after
 *       one that gives the author's own ("1lb is nothing", "8lb is water weight, doesn't count",
 *       "at least I'm not at 9", "get yours under 7 like me", "Mine was 44. Some of us actually
 *       count properly"), when that sentence says "you" or the message answers another member's
 *       numbers.
 * </ul>
 *
 * A member's own progress ("down 2 stone since January") and a question about what a number means
 * ("7.2? Is that good?") hold neither. Work is linear in the hits and tokens of the message.
 * Stateless.
 */
final class RivalNumbers {
  /** The most words of an echo question: "only 11k", "just 3,000". */
  static final int ECHO_WORDS = 3;

  private RivalNumbers() {}

  /**
   * Adds to {@code spans} the evidence that a message sets a number against another's.
   *
   * @param answers whether the message answers another member's numbers (a measure by someone else
   *     in the last few contributions)
   * @param numbersBefore whether someone else gave a number in the last few contributions: then a
   *     rivalry that belittles ("22 is nothing") answers it, one that likens ("same as me") does
   *     not
   * @return whether any was found
   */
  static boolean find(Analysis a, boolean answers, boolean numbersBefore, List<Span> spans) {
    int before = spans.size();
    echo(a, spans);
    if (spans.size() == before) {
      twoSides(a, spans);
    }
    if (a.has(Cue.RIVALRY)) {
      for (int h = 0; h < a.hitCount && spans.size() - before < NoComparingRule.MAX_READ; h++) {
        if (a.cue(h) != Cue.RIVALRY
            || a.hitQuoted[h]
            || PersonalRemarks.reported(a, h)
            || NoComparingRule.kind(a, h)) {
          continue;
        }
        int s = a.hitSentence[h];
        boolean measured =
            measured(a, s) || (s > 0 && ownNumber(a, s - 1)) || (spoken(a, s) && ownSpoken(a, s));
        boolean answered = answers || (numbersBefore && !alike(a, h));
        if (measured && (answered || a.sentenceHas(s, Cue.SECOND_PERSON))) {
          spans.add(a.span(h));
        }
      }
    }
    return spans.size() > before;
  }

  /**
   * Tells whether a sentence gives the author's own number: it holds a number or a measure and the
   * author speaks of themselves ("Mine was 44 last time"), not only the listener's ("the 4th time
   * this year").
   */
  private static boolean ownNumber(Analysis a, int sentence) {
    return measured(a, sentence) && a.sentenceHas(sentence, Cue.FIRST_PERSON);
  }

  /** Tells whether a sentence holds a number or a measure. */
  private static boolean measured(Analysis a, int sentence) {
    return a.sentenceHas(sentence, Cue.MEASURE) || number(a, sentence) >= 0;
  }

  /**
   * Tells whether another sentence than {@code except} gives the author's own number, in figures or
   * words: "Two and a half is nowt. I've been doing six most days." A number said as a word is
   * someone's only so ("Six sessions a year is nothing" is a service's).
   */
  private static boolean ownSpoken(Analysis a, int except) {
    for (int o = 0; o < a.sentenceCount; o++) {
      if (o != except
          && (number(a, o) >= 0 || spoken(a, o))
          && a.sentenceHas(o, Cue.FIRST_PERSON)) {
        return true;
      }
    }
    return false;
  }

  /** Fractions said as words, which count as numbers: "half a mile", "a quarter mile". */
  private static final String[] FRACTIONS = {"half", "quarter"};

  /**
   * Tells whether a message holds a number said as a word: "Half a mile?? I did two and a half".
   */
  static boolean anySpoken(Analysis a) {
    for (int s = 0; s < a.sentenceCount; s++) {
      if (spoken(a, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a sentence holds a number said as a word ("two and a half", "by week three"), but
   * not "one", which is as often a pronoun ("that one is nothing like it").
   */
  private static boolean spoken(Analysis a, int sentence) {
    int end = sentence + 1 < a.sentenceCount ? a.sentenceFirstToken[sentence + 1] : a.tokenCount;
    int bit = a.lexicon.bit("NUMWORD");
    for (int t = a.sentenceFirstToken[sentence]; t < end; t++) {
      if (!a.tokenIs(t, "one") && wordNumber(a, bit, t)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a token is a number said as a word ("seven") or a fraction ("half"). */
  private static boolean wordNumber(Analysis a, int numwordBit, int t) {
    return a.tokenIsOneOf(t, FRACTIONS)
        || a.lexicon.inClass(numwordBit, a.lower, a.tokenStart[t], a.tokenEnd[t]);
  }

  /**
   * Tells whether a rivalry phrase likens rather than belittles ("like me", "same as me"): said of
   * a number only, it is as often solidarity ("10, same as me") as a boast.
   */
  private static boolean alike(Analysis a, int hit) {
    String p = a.lexicon.phrase(a.hitPattern[hit]);
    return p.startsWith("like ") || p.startsWith("same as ");
  }

  /**
   * Adds an echo question ("Only 11k?", "Ah bhai, 9 or 10?": the last clause of a question)
   * followed by the author's own number.
   */
  private static void echo(Analysis a, List<Span> spans) {
    for (int s = 0; s + 1 < a.sentenceCount; s++) {
      int end = a.sentenceFirstToken[s + 1];
      if (!a.sentenceQuestion[s]) {
        continue;
      }
      int first = lastClause(a, a.sentenceFirstToken[s], end);
      if (end - first > ECHO_WORDS || (!hasNumber(a, first, end) && !numberWord(a, first, end))) {
        continue;
      }
      if (person(a, first, end)) {
        continue;
      }
      for (int o = s + 1; o < a.sentenceCount; o++) {
        if ((number(a, o) >= 0 || spoken(a, o)) && a.sentenceHas(o, Cue.FIRST_PERSON)) {
          spans.add(new Span(a.tokenStart[first], a.tokenEnd[end - 1]));
          return;
        }
      }
    }
  }

  /** The first token of the last clause of tokens {@code [first, end)}. */
  private static int lastClause(Analysis a, int first, int end) {
    int c = first;
    for (int t = first + 1; t < end; t++) {
      if (clauseBreak(a, t)) {
        c = t;
      }
    }
    return c;
  }

  /**
   * The first token after {@code first} and before {@code end} that starts a clause (after a comma
   * or a stop, or at "and", "but", "vs"), or {@code end}.
   */
  static int clauseEnd(Analysis a, int first, int end) {
    for (int t = first + 1; t < end; t++) {
      if (clauseBreak(a, t)) {
        return t;
      }
    }
    return end;
  }

  /** Tells whether tokens {@code [first, end)} hold a number. */
  private static boolean hasNumber(Analysis a, int first, int end) {
    for (int t = first; t < end; t++) {
      if (isNumber(a, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a person word (first or second person) stands within tokens {@code [first, end)}.
   */
  private static boolean person(Analysis a, int first, int end) {
    int from = a.tokenStart[first];
    int to = a.tokenEnd[end - 1];
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      if ((c == Cue.FIRST_PERSON || c == Cue.SECOND_PERSON)
          && a.hitStart[h] >= from
          && a.hitEnd[h] <= to) {
        return true;
      }
    }
    return false;
  }

  private static final byte NOBODY = 0;
  private static final byte SELF = 1;
  private static final byte LISTENER = 2;

  /** "You" in advice ("you should start on 10"): the numbers after it are no one's own. */
  private static final byte ADVISED = 3;

  /** Words that start a new clause even without punctuation: "and", "vs". */
  private static final String[] CLAUSE_WORDS = {
    "and", "n", "but", "vs", "versus", "while", "whereas"
  };

  /**
   * Adds the two sides of a message that gives both its author's number and the listener's ("I'm on
   * 12 units and you're on 60", "your 7.9 is way worse than my 6.1", "lost 10kg n u lost 2??").
   * Each number belongs to the person word nearest before it in its clause, else to the first after
   * it there, else to the clause before; a first clause without one is the author's, as chat drops
   * the "I". Kindness, encouragement or a kind comparison in the message ("you'll get there", "than
   * you think") reads as sharing, not rivalry.
   */
  private static void twoSides(Analysis a, List<Span> spans) {
    if (!a.has(Cue.FIRST_PERSON)
        || !a.has(Cue.SECOND_PERSON)
        || a.has(Cue.NOT_ATTACK)
        || a.has(Cue.ENCOURAGEMENT)
        || a.has(Cue.WELCOME)
        || a.has(Cue.NOT_COMPARING)) {
      return;
    }
    int n = a.tokenCount;
    byte[] person = new byte[n];
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      if ((c != Cue.FIRST_PERSON && c != Cue.SECOND_PERSON) || a.hitQuoted[h] || unit(a, h)) {
        continue;
      }
      byte who = c == Cue.FIRST_PERSON ? SELF : advice(a, h) ? ADVISED : LISTENER;
      for (int t = tokenAt(a, a.hitStart[h]); t < n && a.tokenStart[t] < a.hitEnd[h]; t++) {
        person[t] = who;
      }
    }
    int selfAt = -1;
    int listenerAt = -1;
    byte previous = NOBODY;
    boolean firstClause = true;
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && !clauseBreak(a, to)) {
        to++;
      }
      byte owner = NOBODY;
      int ownerAt = -1;
      for (int t = from; t < to; t++) {
        if (person[t] != NOBODY) {
          owner = person[t];
          ownerAt = t;
        }
        if (!isNumber(a, t) || advisedBefore(a, t)) {
          continue;
        }
        byte o = owner;
        int at = ownerAt;
        for (int u = t + 1; o == NOBODY && u < to; u++) {
          o = person[u];
          at = u;
        }
        if (o == NOBODY) {
          o = firstClause ? SELF : previous;
          at = t;
        }
        if (o == SELF && selfAt < 0) {
          selfAt = at;
        } else if (o == LISTENER && listenerAt < 0) {
          listenerAt = at;
        }
      }
      for (int t = from; t < to; t++) {
        if (person[t] != NOBODY) {
          previous = person[t];
        }
      }
      firstClause = false;
      from = to;
    }
    if (selfAt >= 0 && listenerAt >= 0) {
      spans.add(new Span(a.tokenStart[selfAt], a.tokenEnd[selfAt]));
      spans.add(new Span(a.tokenStart[listenerAt], a.tokenEnd[listenerAt]));
    }
  }

  /**
   * Tells whether a "u" stands right after a number as its unit ("2.5 u/h", "10 u"), not for the
   * listener.
   */
  private static boolean unit(Analysis a, int hit) {
    if (a.hitEnd[hit] - a.hitStart[hit] != 1 || a.lower[a.hitStart[hit]] != 'u') {
      return false;
    }
    int t = tokenAt(a, a.hitStart[hit]);
    if (t <= 0 || !isNumber(a, t - 1)) {
      return false;
    }
    for (int i = a.tokenEnd[t - 1]; i < a.tokenStart[t]; i++) {
      if (a.lower[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether advice comes before a token in its sentence: "you should start on 10 and add 4
   * till you're under 7" gives no one's numbers.
   */
  private static boolean advisedBefore(Analysis a, int token) {
    int start = a.tokenStart[token];
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      if ((c == Cue.DIRECTIVE || c == Cue.ADVICE_QUESTION)
          && a.hitEnd[h] <= start
          && sameSentence(a, a.hitStart[h], start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSentence(Analysis a, int from, int to) {
    int s = a.sentenceCount - 1;
    while (s > 0 && a.sentenceStart[s] > to) {
      s--;
    }
    return a.sentenceStart[s] <= from;
  }

  /** Tells whether a hit lies within advice: "you should", "have you tried". */
  private static boolean advice(Analysis a, int hit) {
    for (int h = 0; h < a.hitCount; h++) {
      Cue c = a.cue(h);
      if ((c == Cue.DIRECTIVE || c == Cue.ADVICE_QUESTION)
          && a.hitStart[h] <= a.hitStart[hit]
          && a.hitEnd[h] >= a.hitEnd[hit]) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a clause starts at a token: after a comma or a stop, or at "and", "vs". */
  private static boolean clauseBreak(Analysis a, int token) {
    for (int i = a.tokenEnd[token - 1]; i < a.tokenStart[token]; i++) {
      char c = a.lower[i];
      if (c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '.' || c == '\n') {
        boolean inNumber = c != '?' && c != '!' && c != ';' && c != '\n';
        return !(inNumber
            && a.tokenStart[token] - a.tokenEnd[token - 1] == 1
            && isNumber(a, token - 1)
            && isNumber(a, token)); // not "5.9", "11,400", "1:15"
      }
    }
    return a.tokenIsOneOf(token, CLAUSE_WORDS);
  }

  /** Tells whether a token is a number: it starts with a digit ("11,400", "6lb", "5.9"). */
  static boolean isNumber(Analysis a, int token) {
    char c = a.lower[a.tokenStart[token]];
    return c >= '0' && c <= '9';
  }

  private static int tokenAt(Analysis a, int offset) {
    int i = java.util.Arrays.binarySearch(a.tokenStart, 0, a.tokenCount, offset);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Tells whether a token of {@code [first, end)} is a number said as a word: "Seven?", "Half a
   * mile?".
   */
  private static boolean numberWord(Analysis a, int first, int end) {
    int bit = a.lexicon.bit("NUMWORD");
    for (int t = first; t < end; t++) {
      if (wordNumber(a, bit, t)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the first token of a sentence that is a number ("11,400", "6lb", "5.9"), or -1. */
  private static int number(Analysis a, int sentence) {
    int end = sentence + 1 < a.sentenceCount ? a.sentenceFirstToken[sentence + 1] : a.tokenCount;
    for (int t = a.sentenceFirstToken[sentence]; t < end; t++) {
      char c = a.lower[a.tokenStart[t]];
      if (c >= '0' && c <= '9') {
        return t;
      }
    }
    return -1;
  }
}
