package io.github.peerled.core.group;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a group. Immutable and thread-safe.
 *
 * @param value the id text: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record GroupId(@JsonValue String value) implements Comparable<GroupId> {
  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 of the allowed characters
   */
  public GroupId {
    io.github.peerled.core.internal.Ids.check("group id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  @JsonCreator
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
