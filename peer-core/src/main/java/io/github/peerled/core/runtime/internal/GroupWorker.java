package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.CommandResult;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Rejection;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GuardFailedException;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.store.VersionConflictException;
import io.github.peerled.core.store.internal.ExclusiveAppends;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One group: its committed state, its queue of commands (drained by one task at a time on the
 * command executor) and its queue of notifications. Thread-safe.
 */
final class GroupWorker implements GroupHandle {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");
  private static final long ANY_VERSION = -1;
  private static final int BATCHES_PER_TURN = 16;

  private final GroupId id;
  private final DefaultGroupRuntime runtime;
  private final GroupHistory history;
  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final SerialExecutor notifications;
  private final SnapshotRequests snapshots;
  private volatile GroupState state;
  private boolean loaded;

  /** A submitted command and its caller's future, in one object: the queue holds these. */
  private static final class Pending extends CompletableFuture<Submission> {
    private final GroupCommand command;
    private final long expectedVersion;

    Pending(GroupCommand command, long expectedVersion) {
      this.command = command;
      this.expectedVersion = expectedVersion;
    }

    GroupCommand command() {
      return command;
    }

    long expectedVersion() {
      return expectedVersion;
    }
  }

  /** What became of one command of a batch, before the batch's append. */
  private static final class Outcome {
    final Pending pending;
    final long decidedOn;
    @Nullable Submission submission;
    @Nullable Throwable failure;

    Outcome(Pending pending, long decidedOn) {
      this.pending = pending;
      this.decidedOn = decidedOn;
    }
  }

  GroupWorker(GroupId id, DefaultGroupRuntime runtime) {
    this.id = id;
    this.runtime = runtime;
    this.state = GroupState.initial(id);
    this.notifications = new SerialExecutor(runtime.listenerExecutor());
    this.snapshots = new SnapshotRequests(id, runtime);
    this.history = new GroupHistory(id, runtime.storeRef(), runtime.engine());
  }

  synchronized void load() {
    if (!loaded) {
      state = history.replay(Long.MAX_VALUE);
      loaded = true;
    }
  }

  @Override
  public GroupId id() {
    return id;
  }

  @Override
  public CompletableFuture<Submission> submitAsync(GroupCommand command) {
    return enqueue(command, ANY_VERSION);
  }

  @Override
  public CompletableFuture<Submission> submitAsync(GroupCommand command, long expectedVersion) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("a version is 0 or more: " + expectedVersion);
    }
    return enqueue(command, expectedVersion);
  }

  @Override
  public Submission submit(GroupCommand command) {
    checkMayWait();
    return await(submitAsync(command), command);
  }

  @Override
  public Submission submit(GroupCommand command, long expectedVersion) {
    checkMayWait();
    return await(submitAsync(command, expectedVersion), command);
  }

  private static void checkMayWait() {
    if (DefaultGroupRuntime.ON_COMMAND_THREAD.get()) {
      throw new IllegalStateException(
          "a blocking submit on a runtime command thread (from a guard, or from a dependent"
              + " action of a submission future) could wait for itself; use submitAsync");
    }
  }

  private static Submission await(CompletableFuture<Submission> future, GroupCommand command) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException c =
          new CancellationException("interrupted while waiting for " + describe(command));
      c.initCause(e);
      throw c;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(String.valueOf(cause), cause);
    }
  }

  private CompletableFuture<Submission> enqueue(GroupCommand command, long expectedVersion) {
    Objects.requireNonNull(command, "command");
    if (runtime.isClosed()) {
      throw new IllegalStateException("the runtime is closed");
    }
    Pending pending = new Pending(command, expectedVersion);
    queue.add(pending);
    schedule();
    return pending;
  }

  private void schedule() {
    // Read before the CAS: while a drain runs, submitters do not fight over the flag's cache line.
    if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
      try {
        runtime.commandExecutor().execute(this::drain);
      } catch (RejectedExecutionException e) {
        scheduled.set(false);
        failQueued(new IllegalStateException("the runtime is closed", e));
      }
    }
  }

  /** Tells whether no command is queued or being decided, and no notification is pending. */
  boolean isQuiet() {
    return queue.isEmpty() && !scheduled.get() && notifications.isIdle();
  }

  /**
   * Gives up on what is still pending when the runtime's time to close runs out: queued commands
   * fail with the reason, and queued notifications are reported as undelivered (the publisher is
   * already abandoned, so running them only reports).
   */
  void abandon(Throwable why) {
    failQueued(why);
    notifications.runQueuedHere();
  }

  private void failQueued(Throwable t) {
    Pending p;
    while ((p = queue.poll()) != null) {
      p.completeExceptionally(t);
    }
  }

  private void drain() {
    DefaultGroupRuntime.ON_COMMAND_THREAD.set(true);
    try {
      int turns = 0;
      while (!queue.isEmpty() && (turns++ < BATCHES_PER_TURN || runtime.isClosed())) {
        List<Pending> batch = new ArrayList<>();
        Pending p;
        while (batch.size() < runtime.maxBatchSize() && (p = queue.poll()) != null) {
          batch.add(p);
        }
        process(batch);
      }
    } finally {
      DefaultGroupRuntime.ON_COMMAND_THREAD.set(false);
      scheduled.set(false);
      if (!queue.isEmpty()) {
        schedule();
      }
    }
  }

  /** One attempt at a batch: what each command came to on the state it was decided on. */
  private static final class Attempt {
    final GroupState committed;
    GroupState state;
    final List<GroupEvent> appended = new ArrayList<>();
    final List<Commit> commits = new ArrayList<>();
    final List<Outcome> outcomes;
    @Nullable Exception failure;

    Attempt(GroupState committed, int size) {
      this.committed = committed;
      this.state = committed;
      this.outcomes = new ArrayList<>(size);
    }
  }

  /**
   * Decides a batch one command at a time, appends its events at once, then acknowledges. If
   * another writer extended the group's log in the meantime (a version conflict), reads the new
   * events, decides the whole batch again on the new state and appends again, up to the runtime's
   * number of attempts; with a store that can make the group's other writers wait ({@link
   * ExclusiveAppends}), it does so while they wait.
   */
  @SuppressWarnings("CatchingUnchecked")
  private void process(List<Pending> batch) {
    // Listeners hear of the commits of batches that start after they are registered.
    boolean listening = !runtime.publisher().isIdle();
    Attempt a = attempt(batch, state, listening);
    for (int attempt = 2;
        a.failure instanceof VersionConflictException conflict
            && attempt <= runtime.maxAppendAttempts()
            && pause(attempt - 1);
        attempt++) {
      GroupState committed = a.committed;
      try {
        a =
            runtime.storeRef() instanceof ExclusiveAppends exclusive
                ? exclusive.exclusively(id, () -> again(batch, committed, listening))
                : again(batch, committed, listening);
      } catch (Exception e) {
        e.addSuppressed(conflict);
        LOG.log(
            System.Logger.Level.WARNING,
            "group " + id + ": cannot read the group again after a version conflict",
            e);
        a.failure = e;
        break;
      }
    }
    Exception failure = a.failure;
    if (failure != null) {
      failAfter(a.outcomes, a.committed.version(), failure);
    } else {
      commit(a);
    }
  }

  /** Reads what other writers appended, then decides and appends the batch again. */
  private Attempt again(List<Pending> batch, GroupState committed, boolean listening) {
    catchUp(committed);
    return attempt(batch, state, listening);
  }

  /** Decides the batch on a committed state and appends its events, if any. */
  @SuppressWarnings("CatchingUnchecked")
  private Attempt attempt(List<Pending> batch, GroupState committed, boolean listening) {
    Attempt a = decideAll(batch, committed, listening);
    if (!a.appended.isEmpty()) {
      try {
        runtime.storeRef().append(id, committed.version(), a.appended);
      } catch (Exception e) {
        a.failure = e;
      }
    }
    return a;
  }

  @SuppressWarnings("CatchingUnchecked")
  private Attempt decideAll(List<Pending> batch, GroupState committed, boolean listening) {
    Attempt a = new Attempt(committed, batch.size());
    for (Pending p : batch) {
      Outcome o = new Outcome(p, a.state.version());
      a.outcomes.add(o);
      GroupState before = a.state;
      try {
        a.state = decide(a.state, o);
      } catch (Exception e) {
        o.failure = e;
      }
      if (o.submission != null && o.submission.isAccepted()) {
        a.appended.addAll(o.submission.events());
        if (listening) {
          a.commits.add(new Commit(id, p.command(), o.submission.events(), before, a.state));
        }
      }
    }
    return a;
  }

  /** Makes an attempt's state the group's, asks for a snapshot, notifies and acknowledges. */
  private void commit(Attempt a) {
    GroupState s = a.state;
    state = s;
    snapshots.afterCommit(a.committed.version(), s);
    if (!a.commits.isEmpty()) {
      List<Commit> commits = a.commits;
      try {
        notifications.execute(() -> runtime.publisher().deliver(id, commits));
      } catch (RejectedExecutionException e) {
        if (runtime.publisher().isAbandoned()) {
          notifications.runQueuedHere(); // the runtime has closed: this only reports them
        } else {
          LOG.log(
              System.Logger.Level.WARNING,
              "group "
                  + id
                  + ": the listener executor refused notifications up to version "
                  + s.version()
                  + "; they stay queued for the next batch",
              e);
        }
      }
    }
    for (Outcome o : a.outcomes) {
      complete(o);
    }
  }

  /**
   * After a conflict, folds the events other writers appended onto the committed state. If the
   * store holds no new event (its log is shorter than this runtime's state, as after a restore),
   * replays the group from the store instead.
   */
  private void catchUp(GroupState committed) {
    GroupEngine.Replayer replayer = runtime.engine().replayer(committed);
    runtime.storeRef().forEach(id, committed.version() + 1, Long.MAX_VALUE, replayer);
    GroupState s = replayer.state();
    state = s.version() > committed.version() ? s : history.replay(Long.MAX_VALUE);
  }

  /**
   * Waits a little before another attempt: not at all before the second, then a random time of up
   * to 2, 4, 8, 16 and at most 32 milliseconds, so that writers that collided do not collide again.
   *
   * @return false if the thread was interrupted (no further attempt)
   */
  private static boolean pause(int failedAttempts) {
    if (failedAttempts < 2) {
      return true;
    }
    long bound = 1L << Math.min(failedAttempts - 1, 5);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private GroupState decide(GroupState s, Outcome o) {
    Pending p = o.pending;
    if (p.expectedVersion() != ANY_VERSION && p.expectedVersion() != s.version()) {
      Rejection r =
          Rejection.of(
              RejectionReason.CONFLICT,
              "expected group version "
                  + p.expectedVersion()
                  + ", but group "
                  + id
                  + " is at version "
                  + s.version());
      o.submission = refused(p, Submission.Status.CONFLICT, s, r, List.of());
      return s;
    }
    CommandResult result = runtime.engine().decide(s, p.command());
    Optional<Rejection> rejection = result.rejection();
    if (rejection.isPresent()) {
      o.submission = refused(p, Submission.Status.REJECTED, s, rejection.get(), List.of());
      return s;
    }
    List<Violation> violations;
    try {
      violations = runtime.check(s, p.command(), result.events());
    } catch (RuntimeException e) {
      throw new GuardFailedException(
          "group " + id + ": a guard failed on " + describe(p.command()) + ": " + e.getMessage(),
          e);
    }
    if (!violations.isEmpty()) {
      Rejection r =
          Rejection.of(
              violations.get(0).reason(),
              violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
      o.submission = refused(p, Submission.Status.VIOLATION, s, r, violations);
      return s;
    }
    GroupState next = runtime.engine().replayOnto(s, result.events());
    o.submission =
        new Submission(
            p.command(),
            Submission.Status.ACCEPTED,
            s.version(),
            result.events(),
            Optional.empty(),
            List.of(),
            next);
    return next;
  }

  /** A submission that changed nothing: the state it was decided on stays. */
  private static Submission refused(
      Pending p,
      Submission.Status status,
      GroupState s,
      Rejection rejection,
      List<Violation> violations) {
    return new Submission(
        p.command(), status, s.version(), List.of(), Optional.of(rejection), violations, s);
  }

  private static void complete(Outcome o) {
    Throwable t = o.failure;
    Submission s = o.submission;
    if (t != null) {
      o.pending.completeExceptionally(t);
    } else if (s != null) {
      o.pending.complete(s);
    } else {
      o.pending.completeExceptionally(new IllegalStateException("no outcome"));
    }
  }

  /** After a failed append: what was decided on uncommitted state fails; the rest stands. */
  private static void failAfter(List<Outcome> outcomes, long committedVersion, Throwable e) {
    for (Outcome o : outcomes) {
      Submission s = o.submission;
      if (o.decidedOn > committedVersion || (s != null && s.isAccepted())) {
        o.submission = null;
        o.failure = e;
      }
      complete(o);
    }
  }

  private static String describe(GroupCommand c) {
    return c.getClass().getSimpleName().replace("Immutable", "") + " by " + c.actor();
  }

  @Override
  public GroupState state() {
    return state;
  }

  @Override
  public long version() {
    return state.version();
  }

  @Override
  public GroupState stateAt(Instant instant) {
    return history.stateAt(instant);
  }

  @Override
  public GroupState stateAtVersion(long version) {
    return history.stateAtVersion(version, state);
  }

  @Override
  public List<GroupEvent> events() {
    return history.events();
  }

  @Override
  public List<GroupEvent> events(long fromSequence, long toSequence) {
    return history.events(fromSequence, toSequence);
  }
}
