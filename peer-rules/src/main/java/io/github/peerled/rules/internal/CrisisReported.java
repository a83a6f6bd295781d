package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import org.jspecify.annotations.Nullable;

/**
 * A plan reported about someone else: a relative or a friend who has a means or tablets put by and
 * a plan or a time ("he said he's been putting his tablets by ... I won't be there by the court
 * date", "she's got pills saved up in a sock and she's going to do it after her finals"). A third
 * party at risk is a crisis to signpost too, though the crisis reading ({@link CrisisReading})
 * reads a sentence about someone else as no disclosure of its author. A sentence is such a report
 * when the nearest person before its first means or medicine is a third person ("he", "she", "my
 * friend"), not "I", "you" nor anyone at all, in a statement, and it holds a means, or a medicine
 * with an amount ("pills saved up"), and a plan ("going to do it", "bought"; not a mere "I'll"),
 * with no past in it and no recovery or ordinary reason anywhere: so "my brother took an overdose
 * four years ago, he's fine now", "she's stockpiling her tablets for the month in Portugal" and a
 * facilitator's "if you've got tablets saved, tell us" are not.
 *
 * <p>Read outside the learned reading's inputs (the model sees none of it), only when a
 * contribution holds a third person of the crisis reading: one pass over its hits, no allocation
 * unless found.
 */
final class CrisisReported {
  private static final int CONTENT = CrisisConcept.MEANS.bit() | CrisisConcept.SUPPLY.bit();

  /** The least weight of a plan word that makes a plan ("going to do it", "bought", not "I'll"). */
  private static final double PLAN = 0.4;

  private static final int HOARD = CrisisConcept.SUPPLY.bit() | CrisisConcept.AMOUNT.bit();

  private static final int AGAINST = CrisisConcept.PAST.bit() | CrisisConcept.IDIOM.bit();
  private static final int ANYWHERE = CrisisConcept.RECOVERY.bit() | CrisisConcept.ORDINARY.bit();

  // a bit no concept uses: the sentence holds a plan, a time or a hoard
  private static final int FRAMED = 1 << 31;

  private CrisisReported() {}

  /** Returns the first sentence that reports another's plan, or null when none does. */
  static @Nullable Span of(Analysis a) {
    if (!a.has(Cue.CRISIS_READING)) {
      return null;
    }
    boolean third = false;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.CRISIS_READING) {
        int bit = CrisisConcept.of(a.payload(h)).bit();
        if ((bit & ANYWHERE) != 0) {
          return null; // a recovery or an ordinary reason told anywhere
        }
        third |= bit == CrisisConcept.OTHER.bit();
      }
    }
    if (!third) {
      return null;
    }
    int sentence = -1;
    int person = 0; // the nearest person before the first content word: 0 none, 1 third, 2 else
    boolean contentSeen = false;
    int bits = 0;
    int from = 0;
    for (int h = 0; h <= a.hitCount; h++) {
      int s = h < a.hitCount ? a.hitSentence[h] : Integer.MAX_VALUE;
      if (s != sentence) {
        if (sentence >= 0 && reports(person, contentSeen, bits) && !question(a, sentence)) {
          return sentenceSpan(a, sentence, from);
        }
        if (h == a.hitCount) {
          return null;
        }
        sentence = s;
        person = 0;
        contentSeen = false;
        bits = 0;
        from = a.hitStart[h];
      }
      Cue cue = a.cue(h);
      if (cue == Cue.SECOND_PERSON && !contentSeen) {
        person = 2;
      }
      if (cue != Cue.CRISIS_READING) {
        continue;
      }
      CrisisConcept c = CrisisConcept.of(a.payload(h));
      bits |= c.bit();
      double w = CrisisConcept.weight(a.payload(h));
      if (c == CrisisConcept.PLAN && w >= PLAN - 1e-9) {
        bits |= FRAMED;
      }
      if (!contentSeen && c == CrisisConcept.OTHER) {
        person = generic(a, h) ? 2 : 1;
      } else if (!contentSeen && c == CrisisConcept.SELF) {
        person = 2;
      } else if ((c.bit() & CONTENT) != 0) {
        contentSeen = true;
      }
    }
    return null;
  }

  /** Tells whether a third person is anyone at all ("has anyone...", "some people..."). */
  private static boolean generic(Analysis a, int h) {
    int s = a.hitStart[h];
    return startsWith(a.lower, s, "any")
        || startsWith(a.lower, s, "some")
        || startsWith(a.lower, s, "people")
        || startsWith(a.lower, s, "every");
  }

  private static boolean startsWith(char[] text, int at, String word) {
    if (at + word.length() > text.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean question(Analysis a, int sentence) {
    return sentence < a.sentenceCount && a.sentenceQuestion[sentence];
  }

  private static boolean reports(int person, boolean contentSeen, int bits) {
    boolean means =
        (bits & CrisisConcept.MEANS.bit()) != 0
            || (bits & HOARD) == HOARD; // tablets with an amount: "pills saved up"
    return person == 1 && contentSeen && means && (bits & FRAMED) != 0 && (bits & AGAINST) == 0;
  }

  private static Span sentenceSpan(Analysis a, int sentence, int from) {
    int start = from;
    int end = a.text.length();
    if (sentence < a.sentenceCount) {
      int t = a.sentenceFirstToken[sentence];
      if (t >= 0 && t < a.tokenCount) {
        start = a.tokenStart[t];
      }
      int next = sentence + 1 < a.sentenceCount ? a.sentenceFirstToken[sentence + 1] : -1;
      if (next > 0 && next <= a.tokenCount) {
        end = a.tokenEnd[next - 1];
      }
    }
    return new Span(start, Math.max(start, end));
  }
}
