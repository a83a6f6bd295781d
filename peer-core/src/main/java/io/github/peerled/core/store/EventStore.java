package io.github.peerled.core.store;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.internal.InMemoryEventStore;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the events of groups are kept: one append-only log per group, numbered 1, 2, 3, ... An
 * append names the version it expects the log to be at, so that two writers can never both extend
 * the same version (optimistic concurrency).
 *
 * <p>Implementations must be thread-safe: the runtime calls {@link #append} for one group from one
 * thread at a time, but appends to different groups and reads of any group may run concurrently.
 * What "appended" guarantees (in memory only, on disk, forced to the device) is documented by each
 * implementation.
 */
public interface EventStore extends AutoCloseable {
  /**
   * Returns a new store that keeps events in memory only. Thread-safe; nothing survives the
   * process.
   *
   * @return the store
   */
  static EventStore inMemory() {
    return new InMemoryEventStore();
  }

  /**
   * Returns the version of a group's log: the sequence number of its last event.
   *
   * @param group the group
   * @return 0 if the group has no events
   * @throws StoreRecordException if the group's stored log cannot be read
   * @throws java.io.UncheckedIOException if the storage fails
   */
  long version(GroupId group);

  /**
   * Appends events to a group's log if the log is at the expected version. Either all events are
   * appended or none.
   *
   * @param group the group
   * @param expectedVersion the version the log must be at (0 for a new group)
   * @param events the events, numbered {@code expectedVersion + 1}, {@code expectedVersion + 2},
   *     ..., all of {@code group}; at least one
   * @return the new version of the log
   * @throws VersionConflictException if the log is not at {@code expectedVersion}; nothing is
   *     appended
   * @throws IllegalArgumentException if {@code events} is empty, holds another group's event or is
   *     not numbered in order after {@code expectedVersion}
   * @throws IllegalStateException if the store is closed
   * @throws java.io.UncheckedIOException if the storage fails; nothing is appended
   */
  long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events);

  /**
   * Reads part of a group's log.
   *
   * @param group the group
   * @param fromSequence the first sequence number to read (at least 1)
   * @param toSequence the last sequence number to read, inclusive ({@link Long#MAX_VALUE} for all)
   * @return the events in order; fewer (or none) if the log is shorter
   * @throws IllegalArgumentException if {@code fromSequence} is less than 1
   * @throws StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the storage fails
   */
  List<GroupEvent> read(GroupId group, long fromSequence, long toSequence);

  /**
   * Reads a group's whole log.
   *
   * @param group the group
   * @return the events in order; empty if the group has none
   * @throws StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the storage fails
   */
  default List<GroupEvent> read(GroupId group) {
    return read(group, 1, Long.MAX_VALUE);
  }

  /**
   * Passes part of a group's log to a consumer, one event at a time, without holding the whole log
   * in memory (where the implementation can). The default reads the range with {@link #read}.
   *
   * @param group the group
   * @param fromSequence the first sequence number (at least 1)
   * @param toSequence the last sequence number, inclusive
   * @param sink receives the events in order
   * @throws IllegalArgumentException if {@code fromSequence} is less than 1
   * @throws StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the storage fails
   */
  default void forEach(
      GroupId group, long fromSequence, long toSequence, Consumer<? super GroupEvent> sink) {
    read(group, fromSequence, toSequence).forEach(sink);
  }

  /**
   * Returns the groups that have at least one event.
   *
   * @return the group ids, sorted
   * @throws java.io.UncheckedIOException if the storage fails
   */
  Set<GroupId> groups();

  /**
   * Closes the store and releases its resources. Idempotent.
   *
   * @throws java.io.UncheckedIOException if the storage fails to close
   */
  @Override
  void close();
}
