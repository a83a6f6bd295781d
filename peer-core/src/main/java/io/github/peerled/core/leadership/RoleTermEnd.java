package io.github.peerled.core.leadership;

/** Why a term in a role ended. */
public enum RoleTermEnd {
  /** The term ran its length, as a deadline check found. */
  TERM_ENDED,
  /** The group selected someone for the role before the term ran out. */
  SUCCEEDED
}
