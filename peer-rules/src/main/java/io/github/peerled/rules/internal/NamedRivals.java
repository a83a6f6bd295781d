package io.github.peerled.rules.internal;

import io.github.peerled.rules.Span;
import java.util.List;

/**
 * Reads, by word class, how a message in a talk of numbers sets the author's number against a
 * person's, beside {@link RivalNumbers}: a comparative set against a member named ("mine were lower
 * than Cy's", "better than Ann"), a multiple of the listener's or a member's number ("triple
 * yours", "nearly double you, Ann", "half the size of yours"), and one number set over another ("22
 * beats 11"). "Better than Ann thought", "half of you" and "twice a day" hold neither. Read only
 * when the talk holds numbers; work is linear in the tokens of the message. Stateless.
 */
final class NamedRivals {
  /** The words that set one amount against another before "than". */
  private static final String[] COMPARATIVES = {
    "better", "worse", "lower", "higher", "less", "more", "fewer", "faster", "smaller", "bigger"
  };

  /** What makes the words after a name a person's view, not their number: "than Ann thought". */
  private static final String[] VIEWS = {
    "thought", "thinks", "think", "expected", "expects", "said", "says", "feared", "hoped"
  };

  /** The words that set one number over another between them: "22 beats 11". */
  private static final String[] BEATS = {"beats", "beat", "trumps"};

  /** The words that make one amount a multiple of another. */
  private static final String[] MULTIPLES = {"double", "twice", "triple", "treble", "half"};

  /** The listener's words: "you", "yours", and their chat spellings. */
  private static final String[] LISTENER = {"you", "yours", "u", "ur", "urs"};

  /** The most words from a multiple to whose number it is: "half the size of yours". */
  static final int MULTIPLE_WORDS = 4;

  private NamedRivals() {}

  /**
   * Adds to {@code spans} the evidence that a message sets a number against a person's.
   *
   * @param a the analysed message
   * @param names the members' names
   * @param spans where evidence goes
   */
  static void find(Analysis a, AddressWords names, List<Span> spans) {
    int s = 0;
    for (int t = 1; t + 1 < a.tokenCount; t++) {
      while (s + 1 < a.sentenceCount && a.sentenceFirstToken[s + 1] <= t) {
        s++;
      }
      if (a.tokenIs(t, "than")
          && a.tokenIsOneOf(t - 1, COMPARATIVES)
          && !AddressWords.clauseMarkBefore(a, t + 1)
          && named(a, names, t + 1)
          && !(t + 2 < a.tokenCount && a.tokenIsOneOf(t + 2, VIEWS))) {
        spans.add(new Span(a.tokenStart[t - 1], a.tokenEnd[t + 1]));
        return;
      }
      if (a.tokenIsOneOf(t, BEATS)
          && RivalNumbers.isNumber(a, t - 1)
          && RivalNumbers.isNumber(a, t + 1)) {
        spans.add(new Span(a.tokenStart[t - 1], a.tokenEnd[t + 1]));
        return;
      }
      if (a.tokenIsOneOf(t, MULTIPLES) && !a.tokenIs(t + 1, "of") && !a.tokenIs(t + 1, "a")) {
        for (int u = t + 1; u <= t + MULTIPLE_WORDS && u < a.tokenCount; u++) {
          if (AddressWords.clauseMarkBefore(a, u) || !inSentence(a, u, s)) {
            break;
          }
          if (a.tokenIsOneOf(u, LISTENER) || named(a, names, u)) {
            spans.add(new Span(a.tokenStart[t], a.tokenEnd[u]));
            return;
          }
        }
      }
    }
  }

  /** Tells whether a token is a member's name, or a member's name with "'s": "Cy's". */
  private static boolean named(Analysis a, AddressWords names, int t) {
    int from = a.tokenStart[t];
    int to = a.tokenEnd[t];
    if (to - from > 2
        && (a.lower[to - 2] == '\'' || a.lower[to - 2] == '\u2019')
        && a.lower[to - 1] == 's') {
      to -= 2;
    }
    return names.isName(a.lower, from, to);
  }

  private static boolean inSentence(Analysis a, int token, int sentence) {
    return token >= a.sentenceFirstToken[sentence]
        && (sentence + 1 >= a.sentenceCount || token < a.sentenceFirstToken[sentence + 1]);
  }
}
