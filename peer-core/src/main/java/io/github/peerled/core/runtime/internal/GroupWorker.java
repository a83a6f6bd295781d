package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Commit;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * One group: its queue of commands (drained by one task at a time on the command executor, each
 * batch through the group's {@link CommandPipeline}), its snapshot requests, its queue of
 * notifications, and its past ({@link GroupHistory}). Thread-safe.
 */
final class GroupWorker implements GroupHandle {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");
  private static final int BATCHES_PER_TURN = 16;

  /**
   * What a group needs from its runtime.
   *
   * @param commands runs the group's drains
   * @param listeners runs the group's notifications
   * @param publisher the runtime's listeners
   * @param maxBatchSize how many commands may share an append
   * @param closed tells whether the runtime is closed
   * @param pipeline what the command pipeline needs
   * @param snapshots what snapshot saves need
   */
  record Context(
      Executor commands,
      Executor listeners,
      Publisher publisher,
      int maxBatchSize,
      BooleanSupplier closed,
      CommandPipeline.Context pipeline,
      SnapshotRequests.Context snapshots) {}

  /** Whether the current thread is running a group's commands. */
  private static final ThreadLocal<Boolean> ON_COMMAND_THREAD =
      ThreadLocal.withInitial(() -> false);

  private final GroupId id;
  private final Context context;
  private final GroupHistory history;
  private final CommandPipeline pipeline;
  private final SnapshotRequests snapshots;
  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final SerialExecutor notifications;
  private boolean loaded;

  GroupWorker(GroupId id, Context context) {
    this.id = id;
    this.context = context;
    this.history = new GroupHistory(id, context.pipeline().store(), context.pipeline().engine());
    this.pipeline = new CommandPipeline(id, context.pipeline(), history);
    this.snapshots = new SnapshotRequests(id, context.snapshots());
    this.notifications = new SerialExecutor(context.listeners());
  }

  synchronized void load() {
    if (!loaded) {
      pipeline.load();
      loaded = true;
    }
  }

  @Override
  public GroupId id() {
    return id;
  }

  @Override
  public CompletableFuture<Submission> submitAsync(GroupCommand command) {
    return enqueue(command, Pending.ANY_VERSION);
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
    if (ON_COMMAND_THREAD.get()) {
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
          new CancellationException(
              "interrupted while waiting for " + CommandPipeline.describe(command));
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
    if (context.closed().getAsBoolean()) {
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
        context.commands().execute(this::drain);
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
    ON_COMMAND_THREAD.set(true);
    try {
      int turns = 0;
      while (!queue.isEmpty() && (turns++ < BATCHES_PER_TURN || context.closed().getAsBoolean())) {
        List<Pending> batch = new ArrayList<>();
        Pending p;
        while (batch.size() < context.maxBatchSize() && (p = queue.poll()) != null) {
          batch.add(p);
        }
        process(batch);
      }
    } finally {
      ON_COMMAND_THREAD.set(false);
      scheduled.set(false);
      if (!queue.isEmpty()) {
        schedule();
      }
    }
  }

  private void process(List<Pending> batch) {
    // Listeners hear of the commits of batches that start after they are registered.
    boolean listening = !context.publisher().isIdle();
    CommandPipeline.Attempt a = pipeline.process(batch, listening);
    Exception failure = a.failure;
    if (failure != null) {
      CommandPipeline.failAfter(a, failure);
    } else {
      committed(a);
    }
  }

  /** After a batch is committed: asks for a snapshot, notifies and acknowledges. */
  private void committed(CommandPipeline.Attempt a) {
    GroupState s = a.state;
    snapshots.afterCommit(a.committed.version(), s);
    if (!a.commits.isEmpty()) {
      List<Commit> commits = a.commits;
      Publisher publisher = context.publisher();
      try {
        notifications.execute(() -> publisher.deliver(id, commits));
      } catch (RejectedExecutionException e) {
        if (publisher.isAbandoned()) {
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
    CommandPipeline.completeAll(a);
  }

  @Override
  public GroupState state() {
    return pipeline.state();
  }

  @Override
  public long version() {
    return pipeline.state().version();
  }

  @Override
  public GroupState stateAt(Instant instant) {
    return history.stateAt(instant);
  }

  @Override
  public GroupState stateAtVersion(long version) {
    return history.stateAtVersion(version, pipeline.state());
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
