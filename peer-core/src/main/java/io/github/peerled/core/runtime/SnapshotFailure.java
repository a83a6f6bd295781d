package io.github.peerled.core.runtime;

import io.github.peerled.core.group.GroupId;
import java.util.Objects;

/**
 * The runtime could not save a snapshot of a group's state. Nothing is lost: the commits stand, the
 * log is complete, and the group opens from its log (or an older snapshot) as before. Immutable and
 * thread-safe.
 *
 * @param group the group
 * @param version the version of the state that was to be saved
 * @param error what the store threw
 */
public record SnapshotFailure(GroupId group, long version, Throwable error) {
  /**
   * Creates a failure report.
   *
   * @throws NullPointerException if any component is null
   */
  public SnapshotFailure {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(error, "error");
  }
}
