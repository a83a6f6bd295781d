package io.github.peerled.core.runtime;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.Limits;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.internal.DefaultGroupRuntime;
import io.github.peerled.core.store.EventStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The runtime a host embeds: it opens groups from an {@link EventStore}, applies their commands
 * through the {@link io.github.peerled.core.engine.GroupEngine}, runs {@link Guard guards} before a
 * command commits, appends the events, and then notifies listeners through {@link
 * #eventPublisher()}.
 *
 * <pre>{@code
 * try (GroupRuntime runtime = GroupRuntime.builder().store(store).build()) {
 *   runtime.eventPublisher().onGuidelineVersionAdopted(e -> notifyMembers(e));
 *   GroupHandle group = runtime.group(GroupId.of("diabetes-town-hall"));
 *   Submission s = group.submit(command);
 *   if (!s.isAccepted()) {
 *     show(s.rejection().orElseThrow().message());
 *   }
 * }
 * }</pre>
 *
 * <h2>Threads</h2>
 *
 * Each group has a serial queue of commands, run on the command executor; each has a serial queue
 * of notifications, run on the listener executor. Several commands waiting in a group's queue are
 * decided one after another and appended together (up to {@link Builder#maxBatchSize}), so that a
 * store that forces to disk pays one force for all of them; each is acknowledged only after that
 * append. By default both executors are cached pools of daemon threads owned by the runtime.
 *
 * <h2>Snapshots</h2>
 *
 * Opening a group starts from the store's snapshot of its state, when the store has one it can
 * vouch for ({@link EventStore#loadSnapshot}), and folds only the events after it; otherwise it
 * replays the whole log. After a commit that crosses a multiple of {@link Builder#snapshotEvery}
 * events, the runtime asks the store to save a snapshot of the committed state ({@link
 * EventStore#saveSnapshot}) on a thread of its own, one save at a time, never on a group's command
 * path (commands go on while it saves). A snapshot is only a cache: a failed save is logged and
 * reported to {@link Builder#onSnapshotFailure} and affects no commit.
 *
 * <h2>Several writers</h2>
 *
 * The runtime keeps each open group's state in memory. Other runtimes (in this process or another)
 * may write the same groups through a store that several writers share, such as a {@link
 * io.github.peerled.core.store.JdbcEventStore} over one database. When an append finds that another
 * writer extended the group's log first (a {@link
 * io.github.peerled.core.store.VersionConflictException} from the store), the runtime reads the new
 * events, decides the batch's commands again on the new state (guards run again too) and appends
 * again, up to {@link Builder#maxAppendAttempts} times in all, waiting a short random time that
 * grows with each attempt. With the PostgreSQL store, the group's other writers wait while it reads
 * and appends again (an advisory lock), so a writer that lost a race to a busy one wins the next.
 * So each accepted command commits exactly once, on the state it was decided on; a command that the
 * new state no longer allows is rejected as usual, and one submitted with an expected version that
 * another writer passed has status {@link Submission.Status#CONFLICT}. Only when the attempts are
 * used up does the submission fail with the conflict. Listeners hear of each committed command
 * once, in the runtime that committed it; the commits of other writers are folded into the state
 * without notifications.
 *
 * <p>A {@link io.github.peerled.core.store.JsonLinesEventStore} locks each group's file: several
 * runtimes in one process may share one such store, but only one process writes a directory.
 *
 * <p>Thread-safe.
 */
public interface GroupRuntime extends AutoCloseable {
  /**
   * Returns a runtime with an in-memory store, the system clock in UTC, and default executors.
   *
   * @return the runtime
   */
  static GroupRuntime ofDefaults() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a group: on first use its state is replayed from the store (from the store's snapshot, if
   * it has one it can vouch for, and the events after it); a group the store does not know starts
   * empty, and is created by its first accepted command (such as founding it).
   *
   * @param id the group's id
   * @return the handle; the same for the same id
   * @throws IllegalStateException if the runtime is closed
   * @throws io.github.peerled.core.store.StoreRecordException if a stored record cannot be read
   * @throws io.github.peerled.core.engine.ReplayException if the stored log does not replay
   * @throws java.io.UncheckedIOException if the store fails
   */
  GroupHandle group(GroupId id);

  /**
   * Returns the ids of the groups the store holds, and of the groups opened in this runtime.
   *
   * @return the ids, sorted
   * @throws java.io.UncheckedIOException if the store fails
   */
  Set<GroupId> groups();

  /**
   * Returns where listeners register.
   *
   * @return the publisher
   */
  GroupEventPublisher eventPublisher();

  /**
   * Adds a guard after those already registered. It applies to commands decided after this call.
   *
   * @param guard the guard
   * @return the registration, to remove it
   * @throws NullPointerException if {@code guard} is null
   */
  Registration addGuard(Guard guard);

  /**
   * Returns the store.
   *
   * @return the store
   */
  EventStore store();

  /**
   * Stops taking commands and waits, up to {@link Builder#closeTimeout} in all, for the commands
   * already queued to be decided and appended and for every notification of their commits (and of
   * earlier ones) to be given to its listeners; then shuts down the executors the runtime owns,
   * after the snapshot saves already requested (the latest state requested for each group) finish
   * within what is left of that time.
   *
   * <p>If the time runs out, nothing is dropped silently: each command still queued fails with an
   * {@link IllegalStateException}, and each notification not yet given to a listener is reported to
   * the {@link GroupEventPublisher#onListenerFailure listener failure hooks} as a {@link
   * ListenerFailure} naming the group, the event (or commit) and the listener, whose error is a
   * {@link java.util.concurrent.TimeoutException}. A listener call already running is not
   * interrupted. A store given to the builder is not closed; the host owns it. Idempotent and
   * thread-safe: a second call returns at once.
   */
  @Override
  void close();

  /** Builds a {@link GroupRuntime}. Not thread-safe; the runtime it builds is. */
  final class Builder {
    /** How many events apart the runtime saves snapshots unless told otherwise. */
    public static final long DEFAULT_SNAPSHOT_EVERY = 10_000;

    /**
     * How many times a batch is decided and appended on version conflicts unless told otherwise.
     */
    public static final int DEFAULT_APPEND_ATTEMPTS = 8;

    /** How long {@link GroupRuntime#close()} waits for pending work unless told otherwise. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private EventStore store = EventStore.inMemory();
    private Clock clock = Clock.systemUTC();
    private Limits limits = Limits.ofDefaults();
    private final List<Guard> guards = new ArrayList<>();
    private @Nullable Executor commandExecutor;
    private @Nullable Executor listenerExecutor;
    private int maxBatchSize = 256;
    private int maxAppendAttempts = DEFAULT_APPEND_ATTEMPTS;
    private long snapshotEvery = DEFAULT_SNAPSHOT_EVERY;
    private Consumer<? super SnapshotFailure> onSnapshotFailure = f -> {};
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;

    private Builder() {}

    /**
     * Sets the event store.
     *
     * @param store the store; a new in-memory store by default
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public Builder store(EventStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the clock the engine reads once per command.
     *
     * @param clock the clock; the system clock in UTC by default
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the limits the engine holds every command to; a command over one is rejected as invalid
     * and appends nothing.
     *
     * @param limits the limits; {@link Limits#ofDefaults()} by default
     * @return this builder
     * @throws NullPointerException if {@code limits} is null
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Adds a guard.
     *
     * @param guard the guard
     * @return this builder
     * @throws NullPointerException if {@code guard} is null
     */
    public Builder addGuard(Guard guard) {
      guards.add(Objects.requireNonNull(guard, "guard"));
      return this;
    }

    /**
     * Sets the executor that runs commands (and guards, and the store's appends). It must run every
     * task it accepts; the runtime does not shut it down.
     *
     * @param executor the executor; a cached pool of daemon threads owned by the runtime by default
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder commandExecutor(Executor executor) {
      this.commandExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the executor that calls listeners. Use another executor than for commands, or a blocking
     * submit from a listener may wait for a thread that never comes. The runtime does not shut it
     * down.
     *
     * @param executor the executor; a cached pool of daemon threads owned by the runtime by default
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder listenerExecutor(Executor executor) {
      this.listenerExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets how many queued commands of one group may share one append (group commit). 1 appends
     * (and, with a forcing store, forces) once per command. Commands are still decided one at a
     * time and each is acknowledged only after the shared append.
     *
     * @param maxBatchSize from 1; 256 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxBatchSize} is less than 1
     */
    public Builder maxBatchSize(int maxBatchSize) {
      if (maxBatchSize < 1) {
        throw new IllegalArgumentException("the batch size must be 1 or more: " + maxBatchSize);
      }
      this.maxBatchSize = maxBatchSize;
      return this;
    }

    /**
     * Sets how many times the runtime decides and appends a batch of commands when other writers
     * keep extending the group's log first (see "Several writers" above). After each version
     * conflict it reads the new events and decides the commands again on the new state; after the
     * last attempt the submissions fail with the {@link
     * io.github.peerled.core.store.VersionConflictException}.
     *
     * @param attempts from 1 (no second attempt); {@value #DEFAULT_APPEND_ATTEMPTS} by default
     * @return this builder
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public Builder maxAppendAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("the append attempts must be 1 or more: " + attempts);
      }
      this.maxAppendAttempts = attempts;
      return this;
    }

    /**
     * Sets how often the runtime saves a snapshot of a group's state: after each commit that takes
     * the group's version past a multiple of {@code events}. The save runs on one daemon thread the
     * runtime owns (it stops after 30 seconds without work), one save at a time; requests for a
     * group that come while its previous save is waiting or running replace each other, so only the
     * latest state is saved. A save costs about as much as writing the whole state as JSON; opening
     * the group later folds about {@code events} events at most onto the snapshot instead of the
     * whole log. Stores that keep no snapshots (such as the in-memory store) ignore the request.
     *
     * @param events from 1, or 0 to save no snapshots (those the store has are still used to open
     *     groups); {@value #DEFAULT_SNAPSHOT_EVERY} by default
     * @return this builder
     * @throws IllegalArgumentException if {@code events} is negative
     */
    public Builder snapshotEvery(long events) {
      if (events < 0) {
        throw new IllegalArgumentException(
            "the snapshot interval must be 0 (none) or more: " + events);
      }
      this.snapshotEvery = events;
      return this;
    }

    /**
     * Sets what is told when a snapshot cannot be saved (it is also logged, as a warning). Called
     * on the runtime's snapshot thread; if it throws, that is logged and ignored.
     *
     * @param hook the hook; does nothing by default
     * @return this builder
     * @throws NullPointerException if {@code hook} is null
     */
    public Builder onSnapshotFailure(Consumer<? super SnapshotFailure> hook) {
      this.onSnapshotFailure = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * Sets how long {@link GroupRuntime#close()} waits, in all, for queued commands, pending
     * notifications and requested snapshot saves. What is still pending after it is reported, not
     * dropped silently (see {@link GroupRuntime#close()}).
     *
     * @param timeout zero or more; {@link #DEFAULT_CLOSE_TIMEOUT} (30 seconds) by default
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public Builder closeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("the close timeout must be zero or more: " + timeout);
      }
      this.closeTimeout = timeout;
      return this;
    }

    /**
     * Builds the runtime.
     *
     * @return the runtime
     */
    public GroupRuntime build() {
      return new DefaultGroupRuntime(
          store,
          GroupEngine.of(clock, limits),
          List.copyOf(guards),
          commandExecutor,
          listenerExecutor,
          maxBatchSize,
          maxAppendAttempts,
          snapshotEvery,
          onSnapshotFailure,
          closeTimeout);
    }
  }
}
