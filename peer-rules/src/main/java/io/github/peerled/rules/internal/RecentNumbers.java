package io.github.peerled.rules.internal;

import io.github.peerled.core.group.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * The numbers members gave in the last few contributions of a session, so that a reply which opens
 * a sentence with the number of the one it replies to and sets one of its own beside it reads as a
 * comparison: "53's not bad. Mine's 44", "71 is decent I suppose. I've been sitting at 89", "pfft
 * 60. I was at 85", "60 is nice, I was 63 before" (the number opens a sentence's first clause). A
 * reply that repeats a number without one of its own ("72? Is that good?"), gives the same number
 * ("53, same as me"), or mentions a number in passing ("I did 40 down by 5 a week like you") is
 * none; nor is a message that replies to no one. Numbers are kept as a digest of their digits and
 * decimal separators, so that "5.9" and "5,9" match and "5.9" and "5.2" do not; at most {@value
 * #PER} numbers a contribution are kept. Confined to one session; constant work and no allocation
 * per contribution once built.
 */
final class RecentNumbers {
  /** The most words of a sentence that echoes a number: "71 is decent I suppose." */
  static final int ECHO_WORDS = 6;

  /** The most numbers kept of one contribution. */
  static final int PER = 8;

  private final int size;
  private final long[] value;
  private final int[] count;
  private final int[] number;
  private final @Nullable MemberId[] author;

  /**
   * Makes an empty memory of numbers.
   *
   * @param lookBack how many contributions back a number counts
   */
  RecentNumbers(int lookBack) {
    this.size = Math.max(1, lookBack);
    this.value = new long[size * PER];
    this.count = new int[size];
    this.number = new int[size];
    this.author = new MemberId[size];
  }

  /** Remembers the numbers of a contribution (after it was read). */
  void add(Analysis a) {
    int n = a.contribution().number();
    int slot = Math.floorMod(n, size);
    number[slot] = n;
    author[slot] = a.contribution().author();
    int c = 0;
    for (int t = 0; t < a.tokenCount && c < PER; t++) {
      if (digit(a.lower[a.tokenStart[t]]) && startsNumber(a, t)) {
        value[slot * PER + c++] = digest(a, a.tokenStart[t]);
      }
    }
    count[slot] = c;
  }

  /**
   * Tells whether this contribution repeats, at the opening of a sentence, a number from the
   * contribution it replies to (by another member), and gives a different number of its author's
   * own in a sentence where the author speaks of themselves. The numbers are the evidence.
   *
   * @return whether both were found
   */
  boolean echoed(Analysis a) {
    if (a.has(Cue.NOT_ATTACK) || a.has(Cue.WELCOME) || a.has(Cue.NOT_COMPARING)) {
      return false;
    }
    if (a.contribution().replyTo().isEmpty()) {
      return false;
    }
    int to = a.contribution().replyTo().getAsInt();
    int slot = Math.floorMod(to, size);
    MemberId who = author[slot];
    if (number[slot] != to || who == null || who.equals(a.contribution().author())) {
      return false;
    }
    int echo = -1;
    long echoValue = 0;
    for (int s = 0; s < a.sentenceCount && echo < 0; s++) {
      int first = a.sentenceFirstToken[s];
      int end =
          RivalNumbers.clauseEnd(
              a, first, s + 1 < a.sentenceCount ? a.sentenceFirstToken[s + 1] : a.tokenCount);
      if (end - first > ECHO_WORDS) {
        continue;
      }
      for (int t = first; t < end && t <= first + 1 && echo < 0; t++) {
        if (digit(a.lower[a.tokenStart[t]]) && given(slot, digest(a, a.tokenStart[t]))) {
          echo = t;
          echoValue = digest(a, a.tokenStart[t]);
        }
      }
    }
    if (echo < 0) {
      return false;
    }
    for (int t = 0; t < a.tokenCount; t++) {
      if (t == echo || !digit(a.lower[a.tokenStart[t]]) || !startsNumber(a, t)) {
        continue;
      }
      if (digest(a, a.tokenStart[t]) != echoValue && ownSentence(a, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a member other than {@code author} gave a number in one of the contributions
   * remembered before {@code number}: a reply that sets a number or a rivalry against it answers
   * another's numbers even when no measure is named ("600? amateur", "22 is nothing").
   *
   * @param number the number of the contribution being read (not yet added)
   * @param author its author
   * @return whether another member gave a number within the look-back
   */
  boolean othersGave(int number, MemberId author) {
    for (int slot = 0; slot < size; slot++) {
      MemberId who = this.author[slot];
      int n = this.number[slot];
      if (who != null
          && count[slot] > 0
          && n < number
          && number - n <= size
          && !who.equals(author)) {
        return true;
      }
    }
    return false;
  }

  private boolean given(int slot, long v) {
    for (int i = 0; i < count[slot]; i++) {
      if (value[slot * PER + i] == v) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a token's sentence has the author speak of themselves, not in a quote. */
  private static boolean ownSentence(Analysis a, int token) {
    int s = a.sentenceCount - 1;
    while (s > 0 && a.sentenceFirstToken[s] > token) {
      s--;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitSentence[h] == s && a.cue(h) == Cue.FIRST_PERSON && !a.hitQuoted[h]) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a token starts a number, rather than continuing one ("9" in "5.9"). */
  private static boolean startsNumber(Analysis a, int token) {
    int from = a.tokenStart[token];
    return from < 2 || !(isSeparator(a.lower[from - 1]) && digit(a.lower[from - 2]));
  }

  /** A digest of a number's digits and decimal separators from an offset: "5.9", "11,400". */
  private static long digest(Analysis a, int from) {
    long d = 1;
    for (int i = from; i < a.lower.length; i++) {
      char c = a.lower[i];
      if (digit(c)) {
        d = d * 11 + (c - '0');
      } else if (isSeparator(c) && i + 1 < a.lower.length && digit(a.lower[i + 1])) {
        d = d * 11 + 10;
      } else {
        break;
      }
    }
    return d;
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
