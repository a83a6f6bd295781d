package io.github.peerled.core.decision;

import io.github.peerled.core.group.Status;

/** Where an objection stands; only its author moves it on from {@link #OPEN}. */
public enum ObjectionStatus implements Status {
  /**
   * Raised and not yet resolved. Under consent and consensus, an open objection of a member who
   * counts stops the proposal, whichever revision it was raised on.
   */
  OPEN,
  /** Its author says a revision integrated it. */
  INTEGRATED,
  /**
   * Its author withdrew it: explicitly, or by a later stance on the proposal that is not an
   * objection.
   */
  WITHDRAWN
}
