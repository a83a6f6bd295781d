package io.github.peerled.core.decision;

import io.github.peerled.core.group.Status;

/** Where a poll stands at an instant, derived from its facts. */
public enum PollStatus implements Status {
  /** It takes answers. */
  OPEN,
  /** Its closing instant has passed; it takes no more answers and waits to be closed. */
  DUE,
  /** It was closed, with its result. */
  CLOSED
}
