package io.github.peerled.core.session;

/** Where a session stands; derived from the facts recorded about it. */
public enum SessionStatus {
  /** Scheduled, not started. */
  SCHEDULED,
  /** Started: a facilitator holds it and contributions are recorded. */
  OPEN,
  /** Closed. */
  CLOSED
}
