package io.github.peerled.core.session;

import io.github.peerled.core.group.Status;

/** Where a session stands; derived from the facts recorded about it. */
public enum SessionStatus implements Status {
  /** Scheduled, not started. */
  SCHEDULED,
  /** Started: a facilitator holds it and contributions are recorded. */
  OPEN,
  /** Closed. */
  CLOSED
}
