package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.List;

/**
 * Reads, by structure, how a message sets a number against someone else's, beside the comparing
 * phrases of {@link NoComparingRule}:
 *
 * <ul>
 *   <li>an echo: a short question that repeats another's number ("Only 1000?", "3,000?", "6?"),
 *       followed by a sentence in which the author gives their own ("I did 11,400 yesterday");
 *   <li>a {@link Cue#RIVALRY} phrase in a sentence that holds a number or a measure ("1lb is
 *       nothing", "8lb is water weight, doesn't count", "at least I'm not at 9", "get yours under 7
 *       like me"), when that sentence says "you" or the message answers another member's numbers.
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
   * @return whether any was found
   */
  static boolean find(Analysis a, boolean answers, List<Span> spans) {
    int before = spans.size();
    echo(a, spans);
    if (a.has(Cue.RIVALRY)) {
      for (int h = 0; h < a.hitCount && spans.size() - before < NoComparingRule.MAX_READ; h++) {
        if (a.cue(h) != Cue.RIVALRY
            || a.hitQuoted[h]
            || PersonalRemarks.reported(a, h)
            || NoComparingRule.kind(a, h)) {
          continue;
        }
        int s = a.hitSentence[h];
        boolean measured = a.sentenceHas(s, Cue.MEASURE) || number(a, s) >= 0;
        if (measured && (answers || a.sentenceHas(s, Cue.SECOND_PERSON))) {
          spans.add(a.span(h));
        }
      }
    }
    return spans.size() > before;
  }

  /** Adds an echo question ("Only 11k?") followed by the author's own number. */
  private static void echo(Analysis a, List<Span> spans) {
    for (int s = 0; s + 1 < a.sentenceCount; s++) {
      int first = a.sentenceFirstToken[s];
      int end = a.sentenceFirstToken[s + 1];
      if (!a.sentenceQuestion[s] || end - first > ECHO_WORDS || number(a, s) < 0) {
        continue;
      }
      if (a.sentenceHas(s, Cue.FIRST_PERSON) || a.sentenceHas(s, Cue.SECOND_PERSON)) {
        continue;
      }
      for (int o = s + 1; o < a.sentenceCount; o++) {
        if (number(a, o) >= 0 && a.sentenceHas(o, Cue.FIRST_PERSON)) {
          spans.add(new Span(a.tokenStart[first], a.tokenEnd[end - 1]));
          return;
        }
      }
    }
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
