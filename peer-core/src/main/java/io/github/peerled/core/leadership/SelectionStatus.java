package io.github.peerled.core.leadership;

import io.github.peerled.core.group.Status;

/** Where the selection of a role stands. */
public enum SelectionStatus implements Status {
  /** No selection of the role is open. */
  NONE,
  /** Members nominate; each nomination is hidden from the members until the reveal. */
  NOMINATING,
  /**
   * The nominations were revealed; members may change theirs, and a leadership proposal decides.
   */
  CHANGE_ROUND
}
