package io.github.peerled.core.decision;

import io.github.peerled.core.group.Status;

/** Whether a deadline check finds anything due, as a rejection names it. */
public enum DeadlineStatus implements Status {
  /** Nothing has fallen due: no closing-soon notice, expiry or review is left to record. */
  NOTHING_DUE,
  /** A deadline has fallen due and a check records it. */
  DEADLINE_DUE
}
