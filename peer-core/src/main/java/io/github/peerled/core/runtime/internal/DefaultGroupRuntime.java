package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.GroupEventPublisher;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Guard;
import io.github.peerled.core.runtime.Registration;
import io.github.peerled.core.runtime.SnapshotFailure;
import io.github.peerled.core.runtime.Violation;
import io.github.peerled.core.store.EventStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

/** The group runtime. Thread-safe. See {@link GroupRuntime}. */
public final class DefaultGroupRuntime implements GroupRuntime {
  /** Stands for "the runtime makes and owns its own executor". */
  public static final Executor NO_EXECUTOR =
      task -> {
        throw new UnsupportedOperationException("placeholder executor");
      };

  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  /** Whether the current thread is running a group's commands. */
  static final ThreadLocal<Boolean> ON_COMMAND_THREAD = ThreadLocal.withInitial(() -> false);

  private final EventStore store;
  private final GroupEngine engine;
  private final List<Guard> guards;
  private final Executor commandExecutor;
  private final Executor listenerExecutor;
  private final @Nullable ExecutorService ownedCommandExecutor;
  private final @Nullable ExecutorService ownedListenerExecutor;
  private final int maxBatchSize;
  private final int maxAppendAttempts;
  private final long snapshotEvery;
  private final Consumer<? super SnapshotFailure> onSnapshotFailure;
  private final Duration closeTimeout;
  private final ExecutorService snapshotExecutor;
  private final Publisher publisher = new Publisher();
  private final ConcurrentHashMap<GroupId, GroupWorker> groups = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * Creates the runtime.
   *
   * @param store the store
   * @param engine the engine, with the host's clock and limits
   * @param guards the initial guards
   * @param commandExecutor the command executor, or {@link #NO_EXECUTOR}
   * @param listenerExecutor the listener executor, or {@link #NO_EXECUTOR}
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
      Executor commandExecutor,
      Executor listenerExecutor,
      int maxBatchSize,
      int maxAppendAttempts,
      long snapshotEvery,
      Consumer<? super SnapshotFailure> onSnapshotFailure,
      Duration closeTimeout) {
    this.store = store;
    this.engine = engine;
    this.guards = new CopyOnWriteArrayList<>(guards);
    this.ownedCommandExecutor =
        commandExecutor == NO_EXECUTOR ? cachedPool("peerled-command-") : null;
    this.ownedListenerExecutor =
        listenerExecutor == NO_EXECUTOR ? cachedPool("peerled-listener-") : null;
    this.commandExecutor = ownedCommandExecutor != null ? ownedCommandExecutor : commandExecutor;
    this.listenerExecutor =
        ownedListenerExecutor != null ? ownedListenerExecutor : listenerExecutor;
    this.maxBatchSize = maxBatchSize;
    this.maxAppendAttempts = maxAppendAttempts;
    this.snapshotEvery = snapshotEvery;
    this.onSnapshotFailure = onSnapshotFailure;
    this.closeTimeout = closeTimeout;
    this.snapshotExecutor = singleThread("peerled-snapshot-");
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

  EventStore storeRef() {
    return store;
  }

  GroupEngine engine() {
    return engine;
  }

  Executor commandExecutor() {
    return commandExecutor;
  }

  Executor listenerExecutor() {
    return listenerExecutor;
  }

  Publisher publisher() {
    return publisher;
  }

  int maxBatchSize() {
    return maxBatchSize;
  }

  int maxAppendAttempts() {
    return maxAppendAttempts;
  }

  long snapshotEvery() {
    return snapshotEvery;
  }

  Executor snapshotExecutor() {
    return snapshotExecutor;
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

  boolean isClosed() {
    return closed;
  }

  List<Violation> check(GroupState state, GroupCommand command, List<GroupEvent> proposed) {
    List<Violation> all = List.of();
    if (guards.isEmpty()) {
      return all;
    }
    for (Guard g : guards) {
      List<Violation> v = g.check(state, command, proposed);
      if (!v.isEmpty()) {
        if (all.isEmpty()) {
          all = new ArrayList<>();
        }
        all.addAll(v);
      }
    }
    return all;
  }

  @Override
  public GroupHandle group(GroupId id) {
    Objects.requireNonNull(id, "id");
    if (closed) {
      throw new IllegalStateException("the runtime is closed");
    }
    GroupWorker w = groups.computeIfAbsent(id, g -> new GroupWorker(g, this));
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
    Objects.requireNonNull(guard, "guard");
    // Wrap it, so that removing removes this registration even if the guard was added twice.
    Guard entry = (s, c, p) -> guard.check(s, c, p);
    guards.add(entry);
    return () -> guards.remove(entry);
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
