package io.github.peerled.core.store;

import io.github.peerled.core.group.GroupId;

/**
 * Thrown by {@link EventStore#append} when the group's log is not at the version the append
 * expected: another writer extended it first. Nothing was appended.
 */
public final class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient GroupId group;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param group the group
   * @param expectedVersion the version the append expected
   * @param actualVersion the version the log is at
   */
  public VersionConflictException(GroupId group, long expectedVersion, long actualVersion) {
    super(
        "group "
            + group
            + ": expected version "
            + expectedVersion
            + ", but the log is at version "
            + actualVersion);
    this.group = group;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * Returns the group.
   *
   * @return the group id
   */
  public GroupId group() {
    return group;
  }

  /**
   * Returns the version the append expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version the log is at.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
