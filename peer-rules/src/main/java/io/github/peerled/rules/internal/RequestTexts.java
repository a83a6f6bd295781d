package io.github.peerled.rules.internal;

import io.github.peerled.rules.detect.internal.TextChars;
import io.github.peerled.rules.detect.internal.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How {@link OpenRequests} reads the words of a request and of a reply: content words, stems, names
 * and distress phrases, found in the analysis's lowercased chars without copying the text.
 * Stateless.
 */
final class RequestTexts {
  private RequestTexts() {}

  /**
   * The hash of lowercased chars {@code [from, to)}, equal to {@link String#hashCode()} of them.
   */
  static int hash(char[] lower, int from, int to) {
    return WordTable.hash(lower, from, to);
  }

  /** The inverse of 31 modulo 2^32: multiplying by it undoes one step of {@link #hash}. */
  private static final int INVERSE_31 = 0xBDEF7BDF;

  /**
   * The hash of chars {@code [from, to)} from the hash of {@code [from, end)}, by undoing the steps
   * of the chars {@code [to, end)}, last first.
   */
  static int unhash(int hash, char[] lower, int to, int end) {
    int h = hash;
    for (int i = end - 1; i >= to; i--) {
      h = (h - lower[i]) * INVERSE_31;
    }
    return h;
  }

  /** The longest distress phrase of a text (the first of equals), if any. */
  static @Nullable String distress(Analysis a) {
    if (!a.has(Cue.DISTRESS)) {
      return null;
    }
    int best = -1;
    for (int h = 0; h < a.hitCount; h++) {
      if (a.cue(h) == Cue.DISTRESS
          && (best < 0 || a.hitEnd[h] - a.hitStart[h] > a.hitEnd[best] - a.hitStart[best])) {
        best = h;
      }
    }
    return best < 0 ? null : a.text.substring(a.hitStart[best], a.hitEnd[best]);
  }

  /** Whether a text names one of the lowercased names, at word boundaries. */
  static boolean namesAny(Analysis a, List<String> names) {
    char[] lower = a.lower;
    for (String name : names) {
      int n = name.length();
      for (int t = 0; t < a.tokenCount; t++) {
        int at = a.tokenStart[t];
        if (at + n <= lower.length
            && (at + n == lower.length || !TextChars.isWord(lower[at + n]))
            && matches(lower, at, name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The hash of a name's first word, as {@link #hash} hashes a token. */
  static int firstWordHash(String name) {
    int end = 0;
    while (end < name.length() && TextChars.isWord(name.charAt(end))) {
      end++;
    }
    return name.substring(0, end).hashCode();
  }

  static boolean matches(char[] lower, int at, String name) {
    for (int i = 0; i < name.length(); i++) {
      if (lower[at + i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where a token ends once a possessive 's or a plural -s is stripped. */
  static int stemEnd(char[] lower, int s, int e) {
    if (e - s > 2 && lower[e - 1] == 's' && lower[e - 2] == '\'') {
      return e - 2;
    }
    if (e - s > 3 && lower[e - 1] == 's' && lower[e - 2] != 's') {
      return e - 1;
    }
    return e;
  }

  /**
   * The first content words of a text: lowercased, without stop words, plural -s stripped, each
   * once, in the order they come.
   *
   * @param a the text's analysis
   * @param stopwords the words that do not count, looked up in place
   * @param max the most words returned
   * @return at most {@code max} distinct words
   */
  static List<String> contentWords(Analysis a, WordTable stopwords, int max) {
    List<String> out = new ArrayList<>(Math.max(0, Math.min(max, a.tokenCount)));
    for (int t = 0; t < a.tokenCount && out.size() < max; t++) {
      int s = a.tokenStart[t];
      int e = a.tokenEnd[t];
      int hash = a.tokenHash[t];
      if (e - s < 3 || stopwords.find(a.lower, s, e, hash) >= 0) {
        continue;
      }
      int stem = stemEnd(a.lower, s, e);
      if (stem - s >= 3
          && stopwords.find(a.lower, s, stem, unhash(hash, a.lower, stem, e)) < 0
          && !holds(out, a.lower, s, stem)) {
        out.add(new String(a.lower, s, stem - s));
      }
    }
    return out;
  }

  private static boolean holds(List<String> words, char[] lower, int s, int e) {
    for (String w : words) {
      if (w.length() == e - s && matches(lower, s, w)) {
        return true;
      }
    }
    return false;
  }
}
