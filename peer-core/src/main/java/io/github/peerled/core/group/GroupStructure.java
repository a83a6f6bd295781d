package io.github.peerled.core.group;

/** The form peer support takes in a group. */
public enum GroupStructure {
  /** A group that meets in sessions. */
  GROUP,
  /** Pairs of buddies supporting each other one to one. */
  ONE_TO_ONE_BUDDY,
  /** An online forum where mentors share the load of answering. */
  MENTORING_FORUM
}
