package io.github.peerled.core.group;

/** Where a group is in its founding, as a rejection names it. */
public enum GroupStatus implements Status {
  /** No group has been founded under this id. */
  NOT_FOUNDED,
  /** The group has been founded. */
  FOUNDED,
  /** The group is founded, but its founders have not adopted guidelines yet. */
  NO_GUIDELINES,
  /** The group has guidelines in force. */
  GUIDELINES_IN_FORCE
}
