package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a poll within its group. Immutable and thread-safe.
 *
 * @param value the id: 1 to 64 characters, letters, digits, '-', '_' or '.'
 */
public record PollId(@JsonValue String value) implements Comparable<PollId> {
  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException if the id is blank, too long or has other characters
   */
  public PollId {
    io.github.peerled.core.internal.Ids.check("poll id", value);
  }

  /**
   * Returns the id with this value.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if the id is blank, too long or has other characters
   */
  @JsonCreator
  public static PollId of(String value) {
    return new PollId(value);
  }

  @Override
  public int compareTo(PollId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
