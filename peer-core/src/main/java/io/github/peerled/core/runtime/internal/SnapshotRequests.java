package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.SnapshotFailure;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * One group's snapshot saves: after a commit that crosses a multiple of the runtime's interval, the
 * committed state is saved on the runtime's snapshot thread, one save at a time; a request that
 * comes while one waits or runs replaces it, so only the latest state is saved. Thread-safe.
 */
final class SnapshotRequests {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");

  private final GroupId id;
  private final DefaultGroupRuntime runtime;
  private final AtomicReference<@Nullable GroupState> latest = new AtomicReference<>();
  private final AtomicBoolean saving = new AtomicBoolean();

  SnapshotRequests(GroupId id, DefaultGroupRuntime runtime) {
    this.id = id;
    this.runtime = runtime;
  }

  /** Asks for a snapshot of a committed state if the commit took the version past a multiple. */
  void afterCommit(long before, GroupState after) {
    long every = runtime.snapshotEvery();
    if (every > 0 && after.version() / every > before / every) {
      latest.set(after);
      schedule();
    }
  }

  private void schedule() {
    if (saving.compareAndSet(false, true)) {
      try {
        runtime.snapshotExecutor().execute(this::save);
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
          runtime.storeRef().saveSnapshot(s);
        } catch (RuntimeException e) {
          runtime.snapshotFailed(new SnapshotFailure(id, s.version(), e));
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
