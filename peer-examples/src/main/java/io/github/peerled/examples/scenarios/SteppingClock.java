package io.github.peerled.examples.scenarios;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for stories and tests: it stands still until told to move, so a scenario tells the same
 * story every time. Not thread-safe.
 */
public final class SteppingClock extends Clock {
  private Instant now;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the instant
   */
  public SteppingClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Moves the clock to an instant.
   *
   * @param instant the instant
   */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
