package io.github.peerled.core.group;

/**
 * A leadership role. Roles are shared and held by peers; the facilitator is a peer, not the expert,
 * and holds no extra vote or veto.
 */
public enum Role {
  /** Holds the process of a session by the group's own guidelines. */
  FACILITATOR,
  /** Shares facilitation of a session with the facilitator. */
  CO_FACILITATOR,
  /** Shares the load of answering newcomers, for example in a mentoring forum. */
  MENTOR
}
