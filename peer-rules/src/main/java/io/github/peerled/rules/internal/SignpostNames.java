package io.github.peerled.rules.internal;

import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The labels of a group's signposts, to tell words that name help ("Freedom from Torture have
 * counsellors") from words that tell a story. Read only for evidence already found, never over a
 * whole text. Immutable and thread-safe.
 */
final class SignpostNames {
  private final char[][] names; // lower case

  SignpostNames(List<Signpost> signposts) {
    names = new char[signposts.size()][];
    for (int i = 0; i < names.length; i++) {
      names[i] = signposts.get(i).label().toLowerCase(Locale.ROOT).toCharArray();
    }
  }

  /**
   * Tells whether every span lies, with the word before or after it, in a signpost's label.
   *
   * @param lower the text, lower case
   * @param spans the evidence
   * @return false when there is no span
   */
  boolean holdAll(char[] lower, List<Span> spans) {
    if (names.length == 0 || spans.isEmpty()) {
      return false;
    }
    for (Span span : spans) {
      if (!holds(lower, span)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a span, with the word before or after it, is part of a signpost's label ("from
   * Torture" in "Freedom from Torture therapy referrals").
   */
  private boolean holds(char[] text, Span span) {
    int before = span.start();
    while (before > 0 && !TextChars.isWord(text[before - 1])) {
      before--;
    }
    int gap = before;
    while (before > 0 && TextChars.isWord(text[before - 1])) {
      before--;
    }
    int after = span.end();
    while (after < text.length && !TextChars.isWord(text[after])) {
      after++;
    }
    int wordAfter = after;
    while (after < text.length && TextChars.isWord(text[after])) {
      after++;
    }
    for (char[] name : names) {
      if ((before < gap && contains(name, text, before, span.end()))
          || (wordAfter < after && contains(name, text, span.start(), after))) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a name holds the characters of a text from one index to another. */
  private static boolean contains(char[] name, char[] text, int from, int to) {
    int n = to - from;
    for (int at = 0; at + n <= name.length; at++) {
      if (Arrays.equals(name, at, at + n, text, from, to)) {
        return true;
      }
    }
    return false;
  }
}
