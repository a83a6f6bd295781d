package io.github.peerled.core.decision;

/**
 * Who may read the stances on a proposal, fixed when it opens (as part of its {@link
 * DecisionProcedure}). Participation (who has taken a stance, who is undecided) is always readable,
 * because quorum and reminders need it; what differs is whether members may read the ballots, that
 * is who chose what.
 *
 * <p>The secrecy is from the members, through the member view ({@code
 * GroupState.asSeenByMembers()}), not from whoever runs the store: the event log records each
 * {@code StanceTaken} with its actor and kind, so the group's log, the runtime's listeners and a
 * replay still link every ballot to its member. A host that shows members the state must show them
 * the member view and keep the log and the listeners' copies to itself.
 */
public enum BallotSecrecy {
  /** Everyone may read every stance, at any time. */
  OPEN,
  /**
   * Members read who has taken a stance but not which, until the proposal is finished (decided,
   * withdrawn or expired); then every stance is readable.
   */
  HIDDEN_UNTIL_CLOSE,
  /**
   * Members read who has taken a stance, never which: not before the close, and not after it, when
   * they read the tally, which counts the stances without naming anyone.
   */
  ANONYMOUS
}
