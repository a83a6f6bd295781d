package io.github.peerled.core.decision;

/** What a tie (as many agree as object) means under majority voting. */
public enum TieRule {
  /** Not adopted: the proposal needs more discussion. The default. */
  NOT_ADOPTED,
  /** Adopted. */
  ADOPTED
}
