package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an objection within its proposal: its number, 1 for the first raised, then 2, 3, ...
 * In JSON it is that number, as it was before objections had a type of their own ({@code
 * "objection": 1}). Immutable and thread-safe.
 *
 * @param number the objection's number within its proposal, from 1
 */
public record ObjectionId(@JsonValue int number) implements Comparable<ObjectionId> {
  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException if the number is below 1
   */
  public ObjectionId {
    if (number < 1) {
      throw new IllegalArgumentException(
          "an objection id is its number within its proposal, from 1; was " + number);
    }
  }

  /**
   * Returns the id with this number.
   *
   * @param number the objection's number within its proposal
   * @return the id
   * @throws IllegalArgumentException if the number is below 1
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ObjectionId of(int number) {
    return new ObjectionId(number);
  }

  @Override
  public int compareTo(ObjectionId other) {
    return Integer.compare(number, other.number);
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
