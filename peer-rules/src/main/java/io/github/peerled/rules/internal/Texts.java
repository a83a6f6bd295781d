package io.github.peerled.rules.internal;

import io.github.peerled.rules.Signpost;
import io.github.peerled.rules.Span;
import io.github.peerled.rules.detect.internal.TextChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Helpers for the plain messages of findings. */
final class Texts {
  /** The longest quote, in chars, before it is shortened at a word boundary. */
  static final int MAX_QUOTE = 60;

  private Texts() {}

  /** Quotes a span of a text, shortened at a word boundary if long. */
  static String quote(String text, int start, int end) {
    return "\"" + shorten(text.substring(start, Math.min(end, text.length())), MAX_QUOTE) + "\"";
  }

  /**
   * Quotes a span of evidence so that the quote keeps the speaker's meaning: see {@link
   * #widen(Analysis, Span)}.
   */
  static String quoteEvidence(Analysis a, Span span) {
    Span s = widen(a, span);
    return quote(a.text, s.start(), s.end());
  }

  /**
   * Shortens a text to at most {@code max} chars plus an ellipsis, cutting at the last word
   * boundary before the limit (or at the limit when one word is longer), without trailing
   * punctuation or white space; line breaks become spaces.
   */
  static String shorten(String text, int max) {
    String s = text.strip().replace('\n', ' ').replace('\r', ' ');
    if (s.length() <= max) {
      return s;
    }
    int cut = max;
    while (cut > 0 && TextChars.isWord(s.charAt(cut)) && TextChars.isWord(s.charAt(cut - 1))) {
      cut--;
    }
    if (cut == 0) {
      cut = max;
    }
    while (cut > 0 && !TextChars.isWord(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "...";
  }

  /**
   * Widens a span of evidence so that a quote of it cannot mean the opposite of what was said: back
   * over a negation earlier in its clause ("never to stop your basal", not "stop your"), and over a
   * quotation it stands in (back to the opening mark, on to the closing one). Reads the {@link
   * Cue#NEGATION} hits of the shared scan; linear in the text, and only run for a finding.
   */
  static Span widen(Analysis a, Span span) {
    String text = a.text;
    int start = Math.min(span.start(), text.length());
    int end = Math.min(Math.max(span.end(), start), text.length());
    int clause = start;
    while (clause > 0 && !clauseMark(text.charAt(clause - 1))) {
      clause--;
    }
    for (int h = 0; h < a.hitCount; h++) {
      if (a.hitStart[h] >= clause && a.hitStart[h] < start && a.cue(h) == Cue.NEGATION) {
        start = a.hitStart[h];
      }
    }
    int open = -1;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        open = open < 0 ? i : -1;
      } else if (c == '\u201c') {
        open = i;
      } else if (c == '\u201d') {
        open = -1;
      }
    }
    if (open >= 0) {
      start = open;
      for (int i = end; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201d') {
          end = i + 1;
          break;
        }
      }
    }
    return new Span(start, end);
  }

  /** Widens every span (see {@link #widen}) and merges those that come to overlap. */
  static List<Span> widenAll(Analysis a, List<Span> spans) {
    List<Span> wide = new ArrayList<>(spans.size());
    for (Span s : spans) {
      wide.add(widen(a, s));
    }
    wide.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>(wide.size());
    for (Span s : wide) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() < last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean clauseMark(char c) {
    return switch (c) {
      case ',', ';', ':', '.', '!', '?', '(', ')', '\n' -> true;
      default -> false;
    };
  }

  /** Lists names: "Ann", "Ann and Bo", "Ann, Bo and Cy". */
  static String names(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** Says where to point, or what to do when the group has configured nothing. */
  static String pointTo(List<Signpost> signposts, String fallback) {
    if (signposts.isEmpty()) {
      return fallback;
    }
    Signpost s = signposts.get(0);
    return "point to " + s.label() + s.detail().map(d -> " (" + d + ")").orElse("");
  }
}
