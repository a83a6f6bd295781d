package io.github.peerled.core.store;

import io.github.peerled.core.store.internal.JsonLinesStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A durable, append-only event store: one file per group, one JSON object per line, in a directory.
 * Each line is a record
 *
 * <pre>{@code
 * {"v":1,"seq":42,"crc":"8f3a02c1","event":{"type":"StanceTaken","sequence":42,...}}
 * }</pre>
 *
 * where {@code v} is the schema version of the event, {@code seq} its sequence number and {@code
 * crc} the CRC-32C of the bytes of {@code event}, in hexadecimal. Records of older schema versions
 * are read through the registered {@link EventUpcaster} chain.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>An append is acknowledged (returns) only after its records are written, and with {@link
 *       Durability#FORCE} (the default) forced to the device: an acknowledged event is never lost.
 *       See {@link Durability} for the cost and the weaker mode.
 *   <li>When a group's file is opened, a torn last record (no line end, or a last line that does
 *       not check out) is the trace of an append that a crash interrupted before it was
 *       acknowledged. It is cut off, logged as a warning through {@link System.Logger} and reported
 *       in {@link #recoveries()}. Nothing after it is invented.
 *   <li>A damaged record anywhere else (garbage, a checksum mismatch, a break in the sequence
 *       numbers, an unknown schema version) is an error: a {@link StoreRecordException} naming the
 *       file, line and reason. It is never skipped.
 *   <li>Each file is locked while the store has it open, so two stores (in this or another process)
 *       never write the same group.
 * </ul>
 *
 * <p>Thread-safe: appends to one group are serialised; appends to different groups and reads run
 * concurrently.
 *
 * <pre>{@code
 * try (JsonLinesEventStore store = JsonLinesEventStore.builder(Path.of("groups")).build();
 *     GroupRuntime runtime = GroupRuntime.builder().store(store).build()) {
 *   ...
 * }
 * }</pre>
 */
public interface JsonLinesEventStore extends EventStore {
  /** The schema version this release writes, and the newest it reads. */
  int SCHEMA_VERSION = 1;

  /** The file name extension of a group's file. */
  String EXTENSION = ".jsonl";

  /**
   * Returns a builder of a store over a directory.
   *
   * @param directory the directory; created on the first append if missing
   * @return the builder
   * @throws NullPointerException if {@code directory} is null
   */
  static Builder builder(Path directory) {
    return new Builder(Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Returns the store's directory.
   *
   * @return the directory
   */
  Path directory();

  /**
   * Returns what was cut off while opening group files so far, oldest first.
   *
   * @return the reports; empty if every file ended with a whole record
   */
  List<RecoveryReport> recoveries();

  /** Builds a {@link JsonLinesEventStore}. Not thread-safe; the store it builds is. */
  final class Builder {
    private final Path directory;
    private Durability durability = Durability.FORCE;
    private final List<EventUpcaster> upcasters = new ArrayList<>();

    private Builder(Path directory) {
      this.directory = directory;
    }

    /**
     * Sets what an acknowledged append guarantees.
     *
     * @param durability the durability; {@link Durability#FORCE} by default
     * @return this builder
     * @throws NullPointerException if {@code durability} is null
     */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /**
     * Adds an upcaster to the chain that turns older records into today's shape.
     *
     * @param upcaster the upcaster
     * @return this builder
     * @throws NullPointerException if {@code upcaster} is null
     */
    public Builder addUpcaster(EventUpcaster upcaster) {
      upcasters.add(Objects.requireNonNull(upcaster, "upcaster"));
      return this;
    }

    /**
     * Builds the store. Files are opened lazily, when a group is first read or written.
     *
     * @return the store
     * @throws IllegalArgumentException if two upcasters read the same version, or one reads a
     *     version that is not older than {@link #SCHEMA_VERSION}
     */
    public JsonLinesEventStore build() {
      return new JsonLinesStore(directory, durability, upcasters);
    }
  }
}
