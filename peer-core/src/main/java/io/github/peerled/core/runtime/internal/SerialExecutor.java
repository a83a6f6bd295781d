package io.github.peerled.core.runtime.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time, in the order they were given, on a shared executor; a group's ordered
 * queue that occupies no thread while empty. Thread-safe.
 */
final class SerialExecutor implements Executor {
  private static final int FAIRNESS = 64;

  private final Executor executor;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean();

  SerialExecutor(Executor executor) {
    this.executor = executor;
  }

  /**
   * Queues a task.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the shared executor refuses to run
   *     the queue; the task stays queued until the next successful call
   */
  @Override
  public void execute(Runnable task) {
    tasks.add(task);
    schedule();
  }

  private void schedule() {
    if (running.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RuntimeException e) {
        running.set(false);
        throw e;
      }
    }
  }

  /** Tells whether no task is queued or running. */
  boolean isIdle() {
    return tasks.isEmpty() && !running.get();
  }

  /**
   * Runs the queued tasks on the calling thread, at once, beside any task still running on the
   * shared executor. Only for tasks that no longer need their order, when the owner gives up
   * waiting for the shared executor.
   */
  void runQueuedHere() {
    Runnable task;
    while ((task = tasks.poll()) != null) {
      task.run();
    }
  }

  private void drain() {
    try {
      for (int n = 0; n < FAIRNESS; n++) {
        Runnable task = tasks.poll();
        if (task == null) {
          break;
        }
        task.run();
      }
    } finally {
      running.set(false);
      if (!tasks.isEmpty()) {
        schedule();
      }
    }
  }
}
