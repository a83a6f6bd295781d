package io.github.peerled.core.group;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a member of a group (a pseudonymous handle: the person's name is kept apart and
 * erased when they leave). Immutable and thread-safe.
 *
 * @param value the id text: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record MemberId(@JsonValue String value) implements Comparable<MemberId> {
  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 of the allowed characters
   */
  public MemberId {
    io.github.peerled.core.internal.Ids.check("member id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  @JsonCreator
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
