package io.github.peerled.core.runtime;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.util.List;
import java.util.Objects;

/**
 * An accepted command with its events and the states around it, as passed to {@link
 * GroupEventPublisher#onCommitted} listeners. This is the extension point for whatever reacts to
 * whole commands rather than single events, such as facilitation rules that turn a recorded
 * contribution into findings. Immutable and thread-safe.
 *
 * @param group the group
 * @param command the command
 * @param events its events, in order (at least one)
 * @param before the state the command was decided against
 * @param after the state after its events
 */
public record Commit(
    GroupId group,
    GroupCommand command,
    List<GroupEvent> events,
    GroupState before,
    GroupState after) {
  /**
   * Creates a commit and copies its events.
   *
   * @throws NullPointerException if any component is null
   */
  public Commit {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(command, "command");
    events = List.copyOf(events);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
