package io.github.peerled.core.decision;

/** The stance a member takes on an open proposal. */
public enum StanceKind {
  /** Agrees. */
  AGREE,
  /** Agrees with reservations; counts as agreeing. */
  CONCERN,
  /** Stands aside; counts toward quorum, neither for nor against. */
  ABSTAIN,
  /** Objects (under consent) or blocks (under consensus); must carry a reason. */
  OBJECT
}
