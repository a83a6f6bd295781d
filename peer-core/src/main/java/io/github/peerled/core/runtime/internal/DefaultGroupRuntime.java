package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.GroupEventPublisher;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Guard;
import io.github.peerled.core.runtime.Registration;
import io.github.peerled.core.runtime.SnapshotFailure;
import io.github.peerled.core.store.EventStore;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The group runtime. Thread-safe. See {@link GroupRuntime}. Not part of the API (this package is
 * not exported): hosts build a runtime with {@link GroupRuntime#builder()}.
 */
public final class DefaultGroupRuntime implements GroupRuntime {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  private final EventStore store;
  private final Guards guards;
  private final @Nullable ExecutorService ownedCommandExecutor;
  private final @Nullable ExecutorService ownedListenerExecutor;
  private final Consumer<? super SnapshotFailure> onSnapshotFailure;
  private final Duration closeTimeout;
  private final ExecutorService snapshotExecutor;
  private final Publisher publisher = new Publisher();
  private final GroupWorker.Context groupContext;
  private final ConcurrentHashMap<GroupId, GroupWorker> groups = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * Creates the runtime.
   *
   * @param store the store
   * @param engine the engine, with the host's clock and limits
   * @param guards the initial guards
   * @param commandExecutor the command executor, or null for a cached pool the runtime owns
   * @param listenerExecutor the listener executor, or null for a cached pool the runtime owns
   * @param maxBatchSize how many commands may share an append
   * @param maxAppendAttempts how many times a batch is decided and appended before a version
   *     conflict is given to its callers
   * @param snapshotEvery how many events apart snapshots are saved; 0 for none
   * @param onSnapshotFailure told when a snapshot cannot be saved
   * @param closeTimeout how long {@link #close()} waits for pending work
   */
  public DefaultGroupRuntime(
      EventStore store,
      GroupEngine engine,
      List<Guard> guards,
      @Nullable Executor commandExecutor,
      @Nullable Executor listenerExecutor,
      int maxBatchSize,
      int maxAppendAttempts,
      long snapshotEvery,
      Consumer<? super SnapshotFailure> onSnapshotFailure,
      Duration closeTimeout) {
    this.store = store;
    this.guards = new Guards(guards);
    this.ownedCommandExecutor = commandExecutor == null ? cachedPool("peerled-command-") : null;
    this.ownedListenerExecutor = listenerExecutor == null ? cachedPool("peerled-listener-") : null;
    this.onSnapshotFailure = onSnapshotFailure;
    this.closeTimeout = closeTimeout;
    this.snapshotExecutor = singleThread("peerled-snapshot-");
    this.groupContext =
        new GroupWorker.Context(
            ownedCommandExecutor != null
                ? ownedCommandExecutor
                : Objects.requireNonNull(commandExecutor),
            ownedListenerExecutor != null
                ? ownedListenerExecutor
                : Objects.requireNonNull(listenerExecutor),
            publisher,
            maxBatchSize,
            () -> closed,
            new CommandPipeline.Context(store, engine, this.guards, maxAppendAttempts),
            new SnapshotRequests.Context(
                store, snapshotExecutor, snapshotEvery, this::snapshotFailed));
  }

  /** One daemon thread that runs tasks in turn, and stops after 30 seconds without work. */
  private static ExecutorService singleThread(String prefix) {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons(prefix));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ExecutorService cachedPool(String prefix) {
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemons(prefix));
  }

  /** Daemon threads named with a prefix and a number. */
  private static ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Logs a failed snapshot save and tells the host's hook. */
  void snapshotFailed(SnapshotFailure f) {
    LOG.log(
        System.Logger.Level.WARNING,
        "group " + f.group() + ": cannot save a snapshot at version " + f.version(),
        f.error());
    try {
      onSnapshotFailure.accept(f);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "the snapshot failure hook threw", e);
    }
  }

  @Override
  public GroupHandle group(GroupId id) {
    Objects.requireNonNull(id, "id");
    if (closed) {
      throw new IllegalStateException("the runtime is closed");
    }
    GroupWorker w = groups.computeIfAbsent(id, g -> new GroupWorker(g, groupContext));
    w.load();
    return w;
  }

  @Override
  public Set<GroupId> groups() {
    Set<GroupId> ids = new TreeSet<>(store.groups());
    ids.addAll(groups.keySet());
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public GroupEventPublisher eventPublisher() {
    return publisher;
  }

  @Override
  public Registration addGuard(Guard guard) {
    return guards.add(guard);
  }

  @Override
  public EventStore store() {
    return store;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long deadline = System.nanoTime() + closeTimeout.toNanos();
    if (!awaitQuiet(deadline)) {
      giveUpPendingWork();
    }
    shutDown(ownedCommandExecutor, deadline);
    shutDown(snapshotExecutor, deadline);
    shutDown(ownedListenerExecutor, deadline);
  }

  /**
   * Waits until no group has a command queued or being decided, nor a notification pending.
   *
   * @return whether that came before the deadline (false if interrupted)
   */
  private boolean awaitQuiet(long deadline) {
    long pauseMillis = 1;
    while (true) {
      if (groups.values().stream().allMatch(GroupWorker::isQuiet)) {
        return true;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        Thread.sleep(Math.min(pauseMillis, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      pauseMillis = Math.min(pauseMillis * 2, 20);
    }
  }

  /**
   * The time to close ran out: commands still queued fail, and every notification not yet given to
   * its listener is reported to the failure hooks, event and listener, as undelivered.
   */
  private void giveUpPendingWork() {
    String waited = "after waiting " + closeTimeout.toMillis() + " ms";
    publisher.abandon(
        new TimeoutException(
            "not delivered: the runtime closed " + waited + " for pending notifications"));
    IllegalStateException notDecided =
        new IllegalStateException("the runtime closed " + waited + " before deciding this command");
    groups.values().forEach(w -> w.abandon(notDecided));
    LOG.log(
        System.Logger.Level.WARNING,
        "the runtime closed "
            + waited
            + "; notifications not yet delivered are reported to the listener failure hooks");
  }

  private static void shutDown(@Nullable ExecutorService executor, long deadline) {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
