package io.github.peerled.core.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a session of a group. Immutable and thread-safe.
 *
 * @param value the id text: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 */
public record SessionId(@JsonValue String value) implements Comparable<SessionId> {
  /**
   * Creates an id.
   *
   * @throws IllegalArgumentException if {@code value} is not 1 to 64 of the allowed characters
   */
  public SessionId {
    io.github.peerled.core.internal.Ids.check("session id", value);
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a valid id
   */
  @JsonCreator
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
