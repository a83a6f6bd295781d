package io.github.peerled.core.store.internal;

/**
 * Tells one subscription that events may have been appended. A wake-up that comes between two waits
 * is not lost: the next {@link #await} returns at once. Thread-safe.
 */
interface Wakeup extends AutoCloseable {
  /** Starts listening for appends, on the subscription's thread, before its first poll. */
  default void start() {}

  /**
   * Waits until events may have been appended since the previous wait, or for at most {@code
   * millis} milliseconds.
   *
   * @param millis the longest wait, at least 1
   * @throws InterruptedException if the thread is interrupted
   */
  void await(long millis) throws InterruptedException;

  /** Ends a wait in progress (used when the subscription closes). */
  void wake();

  @Override
  void close();

  /** A wake-up that only waits: for feeds that cannot tell when events are appended. */
  static Wakeup sleeping() {
    return new Wakeup() {
      private final Object lock = new Object();
      private boolean woken;

      @Override
      public void await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (lock) {
          long left = millis;
          while (!woken && left > 0) {
            lock.wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000L;
          }
          woken = false;
        }
      }

      @Override
      public void wake() {
        synchronized (lock) {
          woken = true;
          lock.notifyAll();
        }
      }

      @Override
      public void close() {}
    };
  }
}
