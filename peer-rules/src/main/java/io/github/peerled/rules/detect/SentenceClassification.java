package io.github.peerled.rules.detect;

import java.util.Objects;

/**
 * The call on one sentence of a longer contribution, with where the sentence is. Offsets are UTF-16
 * char indexes into the whole contribution, half-open; the evidence offsets of {@code
 * classification} index into the whole contribution too. Immutable and thread-safe.
 *
 * @param start the index of the sentence's first char
 * @param end the index after its last char (after its closing punctuation if any)
 * @param classification the call on the sentence
 */
public record SentenceClassification(int start, int end, Classification classification) {
  /**
   * Creates a sentence classification.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   * @throws NullPointerException if {@code classification} is null
   */
  public SentenceClassification {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
    }
    Objects.requireNonNull(classification, "classification");
  }
}
