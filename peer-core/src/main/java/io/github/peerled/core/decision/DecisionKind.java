package io.github.peerled.core.decision;

/** What a decision is about; the group's governance settings give a procedure for each kind. */
public enum DecisionKind {
  /** A change to the group's guidelines. */
  GUIDELINES,
  /** Meeting time, place and format. */
  LOGISTICS,
  /** A member's standing, or their removal. */
  MEMBERSHIP,
  /** Rotation of facilitation and the mentor role. */
  LEADERSHIP,
  /** The governance settings themselves, including these procedures. */
  GOVERNANCE
}
