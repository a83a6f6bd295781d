package io.github.peerled.core.group;

/**
 * A status that something in a group can be in, named by a rejection that refuses a command for the
 * state it found ({@code Rejection.currentState()} and {@code expectedStates()}). The statuses are
 * enums: {@link GroupStatus} (the group itself), {@link EndorsementStatus} (a founder's endorsement
 * of the founding draft), {@link MemberStatus} (whether a member has been forgotten), {@code
 * decision.ProposalStatus}, {@code decision.DeadlineStatus} and {@code session.SessionStatus}.
 * Compare with {@code equals} or a {@code switch} on the enum; {@link #name()} is the constant's
 * name. Implementations are immutable and thread-safe.
 */
public interface Status {
  /**
   * Returns the status's name, as the enum constant is named.
   *
   * @return the name, such as {@code OPEN}
   */
  String name();
}
