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
 *   <li>A snapshot ({@link #saveSnapshot}, {@link #loadSnapshot}) is a cache, never the source of
 *       truth. It is the file of the group's log with {@link #SNAPSHOT_EXTENSION} appended ({@code
 *       town-hall.jsonl.snapshot}), one line
 *       <pre>{@code
 * {"v":1,"seq":42,"eventCrc":"8f3a02c1","crc":"5b10e7d4","state":{"groupId":"town-hall",...}}
 * }</pre>
 *       where {@code v} is the {@link #SNAPSHOT_VERSION}, {@code seq} the version of the state,
 *       {@code eventCrc} the checksum of the log's record {@code seq} and {@code crc} the CRC-32C
 *       of the bytes of {@code state}. It is written to a temporary file beside it, forced (with
 *       {@link Durability#FORCE}) and moved over the previous snapshot in one atomic step, so a
 *       crash leaves the old snapshot or the new one, and at worst a temporary file that is
 *       overwritten by the next save. It is used only if its envelope parses, its version is {@link
 *       #SNAPSHOT_VERSION}, {@code crc} matches, {@code seq} is within the log as opened (after a
 *       torn last record was cut off), the log's record {@code seq} has the checksum {@code
 *       eventCrc} (so a snapshot of another or a rewritten log is not used; the tie is that one
 *       record, which holds the event's group, number and instant), and the state is of this group
 *       at version {@code seq}. Otherwise it is ignored, with a warning through {@link
 *       System.Logger} naming the file and the reason, and the group is read from its log: a bad
 *       snapshot is never an error and never loses an event. It is left in place until the next
 *       save replaces it.
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
   * The version of the snapshot format this release writes, and the only one it reads. It covers
   * the envelope and the JSON shape of the state; a release that changes either, or how events fold
   * into the state, writes a new version, and snapshots of any other version are ignored.
   */
  int SNAPSHOT_VERSION = 1;

  /** What is appended to the name of a group's file to name its snapshot. */
  String SNAPSHOT_EXTENSION = ".snapshot";

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
