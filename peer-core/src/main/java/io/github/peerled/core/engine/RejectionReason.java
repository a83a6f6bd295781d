package io.github.peerled.core.engine;

/** Why a command was rejected. */
public enum RejectionReason {
  /** The actor may not do this (for example an advisor taking a stance). */
  NOT_PERMITTED,
  /** The thing acted on is not in a state that accepts the command. */
  WRONG_STATE,
  /** The command is based on something outdated (a guideline version, a draft revision). */
  CONFLICT,
  /** The command does not make sense (an unknown id, a missing reason, a bad change). */
  INVALID
}
