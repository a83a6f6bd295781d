package io.github.peerled.core.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * The position of the latest event folded into a group's state: its sequence number and instant.
 * Immutable and thread-safe.
 *
 * @param sequence the sequence number; 0 before the first event
 * @param at when the event happened; {@link Instant#EPOCH} before the first event
 */
public record LogHead(long sequence, Instant at) {
  /** The head before any event. */
  public static final LogHead START = new LogHead(0, Instant.EPOCH);

  /**
   * Creates a head.
   *
   * @throws IllegalArgumentException if the sequence number is negative
   */
  public LogHead {
    if (sequence < 0) {
      throw new IllegalArgumentException("a sequence number is never negative, was " + sequence);
    }
    Objects.requireNonNull(at, "at");
  }
}
