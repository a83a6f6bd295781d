package io.github.peerled.rules.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower[i];
    }
    return h;
  }

  /** Where a token's word ends: at its first apostrophe ("dee's" is "dee"), or at its end. */
  static int wordEnd(char[] lower, int s, int e) {
    for (int i = s; i < e; i++) {
      if (lower[i] == '\'') {
        return i;
      }
    }
    return e;
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
            && (at + n == lower.length || !Analyzer.isWord(lower[at + n]))
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
    while (end < name.length() && Analyzer.isWord(name.charAt(end))) {
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

  /** The content words of a text: lowercased, without stop words, plural -s stripped. */
  static Set<String> contentWords(Analysis a, Set<String> stopwords) {
    Set<String> out = new LinkedHashSet<>();
    for (int t = 0; t < a.tokenCount; t++) {
      int s = a.tokenStart[t];
      int e = a.tokenEnd[t];
      if (e - s < 3) {
        continue;
      }
      if (stopwords.contains(new String(a.lower, s, e - s))) {
        continue;
      }
      int stem = stemEnd(a.lower, s, e);
      String w = new String(a.lower, s, stem - s);
      if (stem - s >= 3 && !stopwords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Counts the request's words the reply also holds, stopping once {@code enough} are found. */
  static int shared(Set<String> request, Set<String> reply, int enough) {
    int n = 0;
    for (String w : request) {
      if (reply.contains(w) && ++n >= enough) {
        return n;
      }
    }
    return n;
  }

  static List<String> limit(Set<String> words, int max) {
    List<String> out = new ArrayList<>(Math.max(0, max));
    Iterator<String> it = words.iterator();
    while (out.size() < max && it.hasNext()) {
      out.add(it.next());
    }
    return out;
  }
}
