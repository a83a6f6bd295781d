package io.github.peerled.core.runtime;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.event.GroupEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a submitted command. Accepted: its events are durable (as the store guarantees)
 * and in the state. Otherwise: nothing was appended and the rejection says why. Immutable and
 * thread-safe.
 *
 * @param command the command
 * @param status accepted, or by whom it was rejected
 * @param baseVersion the group version the command was decided against
 * @param events the events it gave, in order; empty unless accepted
 * @param rejection why it was rejected; empty if accepted
 * @param violations what the guards objected to; empty unless {@link Status#VIOLATION}
 * @param state the group's state right after the command (the same as before if rejected)
 */
public record Submission(
    GroupCommand command,
    Status status,
    long baseVersion,
    List<GroupEvent> events,
    Optional<Rejection> rejection,
    List<Violation> violations,
    GroupState state) {

  /** What became of the command. */
  public enum Status {
    /** The command was applied; its events are in the log. */
    ACCEPTED,
    /** The engine rejected the command (a governance rule: permissions, states, ...). */
    REJECTED,
    /**
     * The command expected another group version (optimistic concurrency): the rejection has reason
     * {@link io.github.peerled.core.engine.RejectionReason#CONFLICT}.
     */
    CONFLICT,
    /** A {@link Guard} refused the command; {@link Submission#violations()} says why. */
    VIOLATION
  }

  /**
   * Creates a submission and copies its lists.
   *
   * @throws NullPointerException if any component is null
   */
  public Submission {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(status, "status");
    events = List.copyOf(events);
    Objects.requireNonNull(rejection, "rejection");
    violations = List.copyOf(violations);
    Objects.requireNonNull(state, "state");
  }

  /**
   * Tells whether the command was applied.
   *
   * @return true if accepted
   */
  public boolean isAccepted() {
    return status == Status.ACCEPTED;
  }

  /**
   * Returns the group version after the command.
   *
   * @return the version; {@link #baseVersion()} if rejected
   */
  public long version() {
    return baseVersion + events.size();
  }
}
