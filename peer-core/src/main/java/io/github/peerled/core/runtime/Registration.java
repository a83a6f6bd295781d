package io.github.peerled.core.runtime;

/**
 * A registered listener or guard; {@link #remove()} unregisters it. Thread-safe and idempotent. A
 * listener that is removed receives no notification dispatched after {@code remove()} returns; a
 * call already running completes.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {
  /** Unregisters the listener or guard. Does nothing if already removed. */
  void remove();

  /** Same as {@link #remove()}. */
  @Override
  default void close() {
    remove();
  }
}
