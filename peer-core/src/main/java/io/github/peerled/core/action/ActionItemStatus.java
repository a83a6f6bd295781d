package io.github.peerled.core.action;

/** Where an action item stands, derived from its facts. */
public enum ActionItemStatus {
  /** Agreed and offered to its owner, who has not accepted it yet: nobody holds it. */
  PROPOSED,
  /** Accepted by its owner, who holds it until it is done or released. */
  ASSIGNED,
  /** Done, as its owner said. */
  DONE,
  /** Released by its owner (declined before accepting, or given back), or its owner left. */
  RELEASED
}
