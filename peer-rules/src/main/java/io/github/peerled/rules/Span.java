package io.github.peerled.rules;

/**
 * A range of characters in a text, as evidence: {@code text.substring(start, end)}. Immutable and
 * thread-safe.
 *
 * @param start the first character's index
 * @param end the index after the last character
 */
public record Span(int start, int end) {
  /**
   * Creates a span.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "a span needs 0 <= start <= end, was " + start + ".." + end);
    }
  }

  /**
   * Returns the spanned characters of a text.
   *
   * @param text the text the span is in
   * @return the characters
   * @throws IndexOutOfBoundsException if the span does not fit the text
   */
  public String of(String text) {
    return text.substring(start, end);
  }
}
