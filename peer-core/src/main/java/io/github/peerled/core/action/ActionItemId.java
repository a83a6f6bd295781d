package io.github.peerled.core.action;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an action item within its group. Immutable and thread-safe.
 *
 * @param value the id: 1 to 64 characters, letters, digits, '-', '_' or '.'
 */
public record ActionItemId(@JsonValue String value) implements Comparable<ActionItemId> {
  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException if the id is blank, too long or has other characters
   */
  public ActionItemId {
    io.github.peerled.core.internal.Ids.check("action item id", value);
  }

  /**
   * Returns the id with this value.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if the id is blank, too long or has other characters
   */
  @JsonCreator
  public static ActionItemId of(String value) {
    return new ActionItemId(value);
  }

  @Override
  public int compareTo(ActionItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
