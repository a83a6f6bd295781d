package io.github.peerled.core.leadership;

/** How the facilitator of each session is chosen. */
public enum RotationKind {
  /** Eligible members take turns: the one who facilitated least recently goes next. */
  ROUND_ROBIN,
  /**
   * A member who volunteered for the session facilitates (the one who facilitated least recently
   * among them); with no volunteer, round robin decides.
   */
  VOLUNTEER,
  /** A seeded lottery among eligible members; the same seed gives the same draws. */
  LOTTERY,
  /** Round robin in pairs: a facilitator and a co-facilitator. */
  CO_FACILITATOR_PAIRS
}
