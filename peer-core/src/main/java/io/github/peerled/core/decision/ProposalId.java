package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a proposal. Immutable and thread-safe.
 *
 * @param value the id text: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record ProposalId(@JsonValue String value) implements Comparable<ProposalId> {
  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 of the allowed characters
   */
  public ProposalId {
    io.github.peerled.core.internal.Ids.check("proposal id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  @JsonCreator
  public static ProposalId of(String value) {
    return new ProposalId(value);
  }

  @Override
  public int compareTo(ProposalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
