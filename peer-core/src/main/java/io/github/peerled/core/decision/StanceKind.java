package io.github.peerled.core.decision;

/**
 * The stance a member takes on an open proposal.
 *
 * <p>A "no" has two forms. {@link #OBJECT} is a reasoned objection: it must carry a reason, and
 * under consent or consensus one objection stops a proposal. {@link #DISAGREE} is a plain vote
 * against, without a reason, and is taken only under the methods that count votes ({@link
 * DecisionMethod#MAJORITY} and {@link DecisionMethod#SUPERMAJORITY}), where it counts exactly as an
 * objection does. Under consent, consensus and the advice process a plain "no" would be ambiguous
 * (is it an objection that stops the proposal, or not?), so {@code DISAGREE} is refused there with
 * an {@code INVALID} rejection that says to object with a reason instead.
 */
public enum StanceKind {
  /** Agrees. */
  AGREE,
  /** Agrees with reservations; counts as agreeing. */
  CONCERN,
  /** Stands aside; counts toward quorum, neither for nor against. */
  ABSTAIN,
  /** Objects (under consent) or blocks (under consensus); must carry a reason. */
  OBJECT,
  /**
   * Votes against, without a reason; only under majority and supermajority, where it counts as an
   * objection.
   */
  DISAGREE
}
