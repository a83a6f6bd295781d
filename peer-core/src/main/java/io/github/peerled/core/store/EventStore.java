package io.github.peerled.core.store;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.internal.InMemoryEventStore;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>A store may also keep snapshots: a group's state at some version, so that opening a long log
 * need not fold every event again ({@link #loadSnapshot}, {@link #saveSnapshot}). A snapshot is
 * only a cache; the log stays the source of truth. The defaults keep none.
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
   * @throws IllegalArgumentException if {@code events} is empty, holds another group's event, is
   *     not numbered in order after {@code expectedVersion}, or holds an event that the store could
   *     not read back (such as a text longer than the JSON reader accepts); nothing is appended
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
   * Returns a snapshot of a group's state that the store can vouch for: a state {@code s} such that
   * folding the first {@code s.version()} events of the group's log as it is now gives exactly
   * {@code s}. The caller folds the events after {@code s.version()} onto it. A snapshot the store
   * cannot vouch for (damaged, of another log, ahead of the log, of a format it does not read) is
   * not returned; the store may log why. Never an error: when in doubt, the result is empty and the
   * caller replays the whole log.
   *
   * <p>Thread-safe: may run concurrently with appends, reads and {@link #saveSnapshot} of the same
   * group. The default keeps no snapshots and returns empty.
   *
   * @param group the group
   * @return the snapshot, of {@code group} and at a version from 1 to {@link #version}; empty if
   *     there is none that the store can vouch for
   * @throws IllegalStateException if the store is closed
   * @throws StoreRecordException if the group's stored log cannot be read (the log, not the
   *     snapshot: a damaged snapshot is ignored)
   * @throws java.io.UncheckedIOException if the storage of the log fails
   */
  default Optional<GroupState> loadSnapshot(GroupId group) {
    return Optional.empty();
  }

  /**
   * Saves a snapshot of a group's state, replacing the group's previous snapshot. The state must be
   * the fold of the first {@code state.version()} events of the group's log, at the end of one of
   * its appends (a state the runtime committed, say); the store ties the snapshot to that point of
   * the log so that it is not used for another log. Saving is only an optimisation: a failed save
   * loses no event, and the group opens from its log (or an older snapshot) as before.
   *
   * <p>Thread-safe: may run concurrently with appends to and reads of the same group; saves of one
   * group are serialised. It may be slow (it writes the whole state), so callers should keep it off
   * the path of commands. The default does nothing.
   *
   * @param state the state; its group and version say which log and which point of it
   * @throws IllegalArgumentException if {@code state} is at version 0, past the end of its group's
   *     log or (in a store that keeps appends whole) inside an append, or if the store could not
   *     read the snapshot back
   * @throws IllegalStateException if the store is closed
   * @throws StoreRecordException if the group's stored log cannot be read
   * @throws java.io.UncheckedIOException if the storage fails; the previous snapshot, if any, is
   *     left as it was
   */
  default void saveSnapshot(GroupState state) {}

  /**
   * Returns the feed of this store's events of all groups, for readers that follow what every
   * writer commits (see {@link EventFeed}). The in-memory store and {@link JdbcEventStore} have
   * one; {@link JsonLinesEventStore} does not. The default has none.
   *
   * @return the feed, empty if the store has none
   */
  default Optional<EventFeed> feed() {
    return Optional.empty();
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
