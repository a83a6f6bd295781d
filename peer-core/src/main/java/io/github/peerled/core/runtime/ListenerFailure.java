package io.github.peerled.core.runtime;

import io.github.peerled.core.group.GroupId;
import java.util.Objects;
import java.util.Optional;

/**
 * A listener threw. The state and the log are not affected; the other listeners were still called.
 * Immutable and thread-safe.
 *
 * @param group the group whose notification failed
 * @param notification what the listener was given: a {@link
 *     io.github.peerled.core.event.GroupEvent} or a {@link Commit} (or, for listeners of an
 *     extension built on the runtime, such as peer-rules' findings hook, what it delivers)
 * @param listener a description of the listener (its registration kind and class)
 * @param error what it threw
 */
public record ListenerFailure(
    GroupId group, Object notification, String listener, Throwable error) {
  /**
   * Creates a failure report.
   *
   * @throws NullPointerException if any component is null
   */
  public ListenerFailure {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns the event the listener was given, if it was given an event.
   *
   * @return the event; empty for a {@link Commit}
   */
  public Optional<io.github.peerled.core.event.GroupEvent> event() {
    return notification instanceof io.github.peerled.core.event.GroupEvent e
        ? Optional.of(e)
        : Optional.empty();
  }
}
