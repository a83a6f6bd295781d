package io.github.peerled.rules.internal;

import io.github.peerled.rules.Signpost;
import java.util.List;

/** Helpers for the plain messages of findings. */
final class Texts {
  private static final int MAX_QUOTE = 60;

  private Texts() {}

  /** Quotes a span of a text, shortened if long. */
  static String quote(String text, int start, int end) {
    String s = text.substring(start, Math.min(end, text.length()));
    if (s.length() > MAX_QUOTE) {
      s = s.substring(0, MAX_QUOTE) + "...";
    }
    return "\"" + s + "\"";
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
