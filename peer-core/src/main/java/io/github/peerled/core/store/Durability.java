package io.github.peerled.core.store;

/**
 * When {@link JsonLinesEventStore#append} returns, what has happened to the bytes. For {@link
 * JdbcEventStore}, {@link #FORCE} is a synchronous commit and {@link #NO_FORCE} an asynchronous one
 * (PostgreSQL's {@code synchronous_commit} {@code on} and {@code off}).
 *
 * <p>{@link #FORCE} is the default and the only mode in which an acknowledged event survives a
 * power loss or an operating-system crash. To pay for a force less often without weakening that
 * guarantee, let several commands share one append: the runtime does so when commands queue up for
 * a group (see the runtime's batch size), acknowledging each of them only after the shared force.
 */
public enum Durability {
  /**
   * Write, then {@link java.nio.channels.FileChannel#force(boolean) force} the file's data (and the
   * size needed to read it back) to the storage device before returning. An acknowledged event
   * survives a process kill, an operating-system crash and a power loss (as far as the device
   * honours a flush). Cost: one device flush per append, typically 0.1 to 10 ms depending on the
   * device; this bounds the appends per second of one group.
   */
  FORCE,
  /**
   * Write to the operating system's page cache and return without forcing. An acknowledged event
   * survives a process kill, but an operating-system crash or a power loss may lose the last
   * acknowledged events (never the order: a torn end is cut back to the last whole append when the
   * log is next opened; bytes that the crash left damaged are reported, for the host to {@link
   * JsonLinesEventStore#repair repair}). Use it for simulations, tests and hosts that replicate
   * elsewhere.
   */
  NO_FORCE
}
