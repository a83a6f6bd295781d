package io.github.peerled.core.session;

import io.github.peerled.core.group.Status;

/**
 * Where a flagged contribution stands: shown, held pending review, or reviewed. The host hides a
 * contribution while it is {@link #HELD} or {@link #KEPT}; its text stays in the log either way.
 */
public enum HoldStatus implements Status {
  /** Flagged, but fewer times than the group's threshold: shown as before. */
  NOT_HELD,
  /** Flagged as often as the group's threshold asks: hidden, pending a review. */
  HELD,
  /** Reviewed, and the hold kept: stays hidden. */
  KEPT,
  /** Reviewed, and the hold released: shown again; later flags do not hold it again. */
  RELEASED;

  /**
   * Tells whether a host hides the contribution.
   *
   * @return true while held or kept
   */
  public boolean hides() {
    return this == HELD || this == KEPT;
  }
}
