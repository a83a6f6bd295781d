package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.SnapshotFailure;
import io.github.peerled.core.store.EventStore;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One group's snapshot saves: after a commit that crosses a multiple of the runtime's interval, the
 * committed state is saved on the runtime's snapshot thread, one save at a time; a request that
 * comes while one waits or runs replaces it, so only the latest state is saved. Thread-safe.
 */
final class SnapshotRequests {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  /**
   * What snapshot saves need from the runtime.
   *
   * @param store where snapshots are saved
   * @param executor the runtime's snapshot thread
   * @param every how many events apart snapshots are saved; 0 for none
   * @param failed told when a save fails
   */
  record Context(
      EventStore store, Executor executor, long every, Consumer<SnapshotFailure> failed) {}

  private final GroupId id;
  private final Context context;
  private final AtomicReference<@Nullable GroupState> latest = new AtomicReference<>();
  private final AtomicBoolean saving = new AtomicBoolean();

  SnapshotRequests(GroupId id, Context context) {
    this.id = id;
    this.context = context;
  }

  /** Asks for a snapshot of a committed state if the commit took the version past a multiple. */
  void afterCommit(long before, GroupState after) {
    long every = context.every();
    if (every > 0 && after.version() / every > before / every) {
      latest.set(after);
      schedule();
    }
  }

  private void schedule() {
    if (saving.compareAndSet(false, true)) {
      try {
        context.executor().execute(this::save);
      } catch (RejectedExecutionException e) {
        saving.set(false);
        latest.set(null);
        LOG.log(System.Logger.Level.DEBUG, "group " + id + ": no snapshot after close", e);
      }
    }
  }

  /** Saves the latest requested snapshot, on the runtime's snapshot thread. */
  private void save() {
    try {
      GroupState s;
      while ((s = latest.getAndSet(null)) != null) {
        try {
          context.store().saveSnapshot(s);
        } catch (RuntimeException e) {
          context.failed().accept(new SnapshotFailure(id, s.version(), e));
        }
      }
    } finally {
      saving.set(false);
      if (latest.get() != null) {
        schedule();
      }
    }
  }
}
