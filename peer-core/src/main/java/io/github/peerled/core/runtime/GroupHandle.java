package io.github.peerled.core.runtime;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One group in a {@link GroupRuntime}: submit commands to it and read its state and log.
 *
 * <h2>Order and concurrency</h2>
 *
 * Commands submitted to one group are applied one at a time, in the order they were submitted (for
 * submissions from different threads, the order in which their calls entered the queue). Each is
 * decided against the state left by the one before it. Different groups proceed in parallel; there
 * is no global lock. A command that is rejected appends nothing.
 *
 * <p>Optimistic concurrency: {@link #submit(GroupCommand, long)} applies the command only if the
 * group is at the expected version when its turn comes; otherwise the submission has status {@link
 * Submission.Status#CONFLICT} and nothing is appended.
 *
 * <p>Thread-safe. Reads do not wait for commands: {@link #state()} is the state after the last
 * durable command.
 */
public interface GroupHandle {
  /**
   * Returns the group's id.
   *
   * @return the id
   */
  GroupId id();

  /**
   * Queues a command and returns at once.
   *
   * <p>The future completes on the runtime's thread for the group once the command's events are
   * durable (or it is rejected); dependent actions attached with non-async methods run on that
   * thread and hold up the group's later commands, so keep them short or use the async variants. It
   * completes exceptionally with {@link java.io.UncheckedIOException} if the store fails, with
   * {@link io.github.peerled.core.store.VersionConflictException} if other writers extended the
   * group's log in the store before each of the runtime's attempts (see {@link
   * GroupRuntime.Builder#maxAppendAttempts}), with {@link GuardFailedException} if a guard throws,
   * and with {@link IllegalStateException} if the runtime closes before the command ran or the
   * store refuses the append (a full in-memory log, say). In each of these cases nothing was
   * applied.
   *
   * @param command the command
   * @return the future submission
   * @throws IllegalStateException if the runtime is closed
   * @throws NullPointerException if {@code command} is null
   */
  CompletableFuture<Submission> submitAsync(GroupCommand command);

  /**
   * Queues a command that applies only if the group is then at the expected version.
   *
   * @param command the command
   * @param expectedVersion the version the caller saw, such as {@code state().version()}
   * @return the future submission, as for {@link #submitAsync(GroupCommand)}
   * @throws IllegalStateException if the runtime is closed
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   * @throws NullPointerException if {@code command} is null
   */
  CompletableFuture<Submission> submitAsync(GroupCommand command, long expectedVersion);

  /**
   * Submits a command and waits until it is applied (durable) or rejected.
   *
   * @param command the command
   * @return the submission
   * @throws IllegalStateException if the runtime is closed, if the store refuses the append (a full
   *     in-memory log; nothing was applied), or if called on a runtime thread (from a guard or from
   *     a dependent action of a submission future), where waiting could deadlock
   * @throws java.io.UncheckedIOException if the store fails; nothing was applied
   * @throws io.github.peerled.core.store.VersionConflictException if other writers extended the
   *     group's log in the store before each of the runtime's attempts; nothing was applied
   * @throws GuardFailedException if a guard throws; nothing was applied
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
   *     waiting (the interrupt flag is set again; the command may still be applied)
   * @throws NullPointerException if {@code command} is null
   */
  Submission submit(GroupCommand command);

  /**
   * Submits a command that applies only if the group is then at the expected version, and waits.
   *
   * @param command the command
   * @param expectedVersion the version the caller saw
   * @return the submission; status {@link Submission.Status#CONFLICT} if the version had moved on
   * @throws IllegalArgumentException if {@code expectedVersion} is negative
   * @throws IllegalStateException as for {@link #submit(GroupCommand)}
   * @throws java.io.UncheckedIOException if the store fails; nothing was applied
   * @throws io.github.peerled.core.store.VersionConflictException if other writers extended the
   *     group's log in the store before each of the runtime's attempts; nothing was applied
   * @throws GuardFailedException if a guard throws; nothing was applied
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted
   * @throws NullPointerException if {@code command} is null
   */
  Submission submit(GroupCommand command, long expectedVersion);

  /**
   * Returns the current state: after the last durable command.
   *
   * @return the state
   */
  GroupState state();

  /**
   * Returns the group's current state as its members may read it ({@link
   * GroupState#asSeenByMembers()}): the ballots of proposals whose procedure hides them are left
   * out, who took part is kept. Hand members this view, not {@link #state()}.
   *
   * @return the member view of the current state
   */
  default GroupState memberView() {
    return state().asSeenByMembers();
  }

  /**
   * Returns when the group's next deadline falls, for the host's scheduler to submit a {@link
   * io.github.peerled.core.command.CheckDeadlines} then: {@link GroupState#nextDeadline()} of the
   * current state.
   *
   * @return the instant, possibly past; empty when nothing is pending
   */
  default Optional<Instant> nextDeadline() {
    return state().nextDeadline();
  }

  /**
   * Returns the current version: the sequence number of the last durable event.
   *
   * @return 0 for a group without events
   */
  long version();

  /**
   * Returns the state as of an instant: the replay of the events up to the first one that happened
   * after it. Replays from the start of the log (clocks may step back, so a snapshot's instant does
   * not say which events before it happened after the instant).
   *
   * @param instant the instant
   * @return the state then; the initial state if nothing had happened yet
   * @throws io.github.peerled.core.store.StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the store fails
   */
  GroupState stateAt(Instant instant);

  /**
   * Returns the state as of a version: the replay of the events numbered up to it, starting from
   * the store's snapshot when that is at or below {@code version}.
   *
   * @param version the version, from 0 to {@link #version()}
   * @return the state then
   * @throws IllegalArgumentException if {@code version} is negative or beyond the current version
   * @throws io.github.peerled.core.store.StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the store fails
   */
  GroupState stateAtVersion(long version);

  /**
   * Returns the group's whole log.
   *
   * @return the events, in order
   * @throws io.github.peerled.core.store.StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the store fails
   */
  List<GroupEvent> events();

  /**
   * Returns part of the group's log.
   *
   * @param fromSequence the first sequence number (at least 1)
   * @param toSequence the last, inclusive
   * @return the events, in order
   * @throws IllegalArgumentException if {@code fromSequence} is less than 1
   * @throws io.github.peerled.core.store.StoreRecordException if a stored record cannot be read
   * @throws java.io.UncheckedIOException if the store fails
   */
  List<GroupEvent> events(long fromSequence, long toSequence);
}
