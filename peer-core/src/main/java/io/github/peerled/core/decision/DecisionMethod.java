package io.github.peerled.core.decision;

/** How a group decides. */
public enum DecisionMethod {
  /** Adopted unless a member objects; an objection must carry a reason. */
  CONSENT,
  /** Adopted when everyone who takes a stance agrees; one block stops it. */
  CONSENSUS,
  /** Adopted when more agree than object. */
  MAJORITY,
  /** Adopted when at least a set fraction of those who agree or object agree. */
  SUPERMAJORITY,
  /** The proposer decides, after consulting those affected. */
  ADVICE_PROCESS
}
