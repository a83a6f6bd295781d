package io.github.peerled.core.decision;

/** The result of a closed proposal. */
public enum Outcome {
  /** The group adopted the proposal. */
  ADOPTED,
  /** The group did not adopt the proposal. */
  NOT_ADOPTED
}
