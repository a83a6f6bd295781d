package io.github.peerled.rules.files;

import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.runtime.Violation;

/**
 * What can be wrong with a session transcript read against its group beyond what its format says:
 * the codes of the violations {@link PeerFiles#problems} reports.
 */
public enum SessionProblem {
  /** A session names someone the group file does not list. */
  UNKNOWN_MEMBER,
  /** A contribution has no text. */
  BLANK_TEXT,
  /** A contribution replies to itself, to a later one, or to one that does not exist. */
  REPLY_NOT_EARLIER;

  Violation at(String path, String message) {
    return Violation.at(name(), path, message, RejectionReason.INVALID);
  }
}
