package io.github.peerled.core.decision;

/**
 * What an objection says is wrong with a proposal, when the group's procedure asks objections to
 * meet a test ({@link DecisionProcedure#objectionTest()}).
 */
public enum ObjectionGround {
  /** Adopting the proposal would harm the group or a member. */
  HARM,
  /** There is a better way the group could try now. */
  BETTER_WAY
}
