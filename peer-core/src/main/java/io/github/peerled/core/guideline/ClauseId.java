package io.github.peerled.core.guideline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a guideline clause, stable across versions. Immutable and thread-safe.
 *
 * @param value the id text: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record ClauseId(@JsonValue String value) implements Comparable<ClauseId> {
  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 of the allowed characters
   */
  public ClauseId {
    io.github.peerled.core.internal.Ids.check("clause id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  @JsonCreator
  public static ClauseId of(String value) {
    return new ClauseId(value);
  }

  @Override
  public int compareTo(ClauseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
