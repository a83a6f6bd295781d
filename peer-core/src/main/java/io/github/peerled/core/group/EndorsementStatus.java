package io.github.peerled.core.group;

/** Whether a founder has endorsed the founding draft, as a rejection names it. */
public enum EndorsementStatus implements Status {
  /** The founder has not endorsed the current revision. */
  NOT_ENDORSED,
  /** The founder has endorsed the current revision. */
  ENDORSED
}
