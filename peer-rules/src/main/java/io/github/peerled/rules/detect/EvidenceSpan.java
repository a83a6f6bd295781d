package io.github.peerled.rules.detect;

import java.util.Objects;

/**
 * A piece of text that supports a label: the cue that matched, where it is, and which label it
 * speaks for. Offsets are UTF-16 char indexes into the text that was classified, half-open ({@code
 * text.substring(start, end)} is the matched text). Immutable and thread-safe.
 *
 * @param start the index of the first char, {@code >= 0}
 * @param end the index after the last char, {@code > start}
 * @param label the label this span speaks for
 * @param cue the name of the cue that matched, for example {@code "you-should"} or {@code
 *     "imperative"}
 * @param text the matched text as it appears in the input
 */
public record EvidenceSpan(int start, int end, Label label, String cue, String text) {
  /**
   * Creates a span.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   * @throws NullPointerException if an object argument is null
   */
  public EvidenceSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span offsets " + start + ".." + end);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(text, "text");
  }
}
