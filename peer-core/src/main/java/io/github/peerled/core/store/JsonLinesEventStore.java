package io.github.peerled.core.store;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.store.internal.JsonLinesStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A durable, append-only event store: one file per group, one JSON object per line, in a directory.
 * Each line is a record
 *
 * <pre>{@code
 * {"f":2,"v":1,"seq":42,"n":3,"i":1,"crc":"8f3a02c1","event":{"type":"StanceTaken","sequence":42,...}}
 * }</pre>
 *
 * where {@code f} is the record format ({@link #FORMAT_VERSION}), {@code v} the schema version of
 * the event, {@code seq} its sequence number, {@code n} how many records the append that wrote it
 * has and {@code i} its place in that append (from 1 to {@code n}: one append is one batch of
 * events, all of them or none), and {@code crc} the CRC-32C of the whole line except these eight
 * hexadecimal digits (and the line end). Records of older schema versions are read through the
 * registered {@link EventUpcaster} chain.
 *
 * <p>Files of format 1 (written before batches were framed) open as they are: their records {@code
 * {"v":1,"seq":42,"crc":"8f3a02c1","event":{...}}} have no {@code f}, {@code n} or {@code i}, each
 * is an append of its own, and {@code crc} covers the bytes of {@code event} only. New appends to
 * such a file are written in today's format after its records; the file is not rewritten. A release
 * that reads only format 1 cannot read records of format 2.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>An append is acknowledged (returns) only after its records are written, and with {@link
 *       Durability#FORCE} (the default) forced to the device: an acknowledged event is never lost.
 *       See {@link Durability} for the cost and the weaker mode.
 *   <li>An append is whole or absent. A crash can tear only the end of the file: a last record
 *       without line end, or an append of which fewer than {@code n} records were written. When a
 *       group's file is opened, such a torn end (an append that was never acknowledged) is cut off
 *       back to the end of the last whole append, logged as a warning through {@link System.Logger}
 *       and reported in {@link #recoveries()}. Nothing after it is invented.
 *   <li>Damage is not a tear: a line that ends with a line end was written whole, so if it does not
 *       check out (garbage, a checksum mismatch, a break in the sequence numbers or in its append's
 *       framing, an unknown format or schema version), opening the file fails with a {@link
 *       StoreRecordException} naming the file, line and reason, wherever the line is, even the last
 *       one, and nothing is changed. The host decides: {@link #repair} moves the damaged end aside
 *       into a side file and reports what it moved.
 *   <li>Each file is locked while the store has it open, so two stores (in this or another process)
 *       never write the same group.
 *   <li>Every record an append writes can be read back: an event holding a text longer than the
 *       JSON reader accepts (one million chars) is refused before anything is written.
 *   <li>A snapshot ({@link #saveSnapshot}, {@link #loadSnapshot}) is a cache, never the source of
 *       truth. It is the file of the group's log with {@link #SNAPSHOT_EXTENSION} appended ({@code
 *       town-hall.jsonl.snapshot}), one line
 *       <pre>{@code
 * {"v":1,"seq":42,"eventCrc":"8f3a02c1","crc":"5b10e7d4","state":{"groupId":"town-hall",...}}
 * }</pre>
 *       where {@code v} is the {@link #SNAPSHOT_VERSION}, {@code seq} the version of the state,
 *       {@code eventCrc} the checksum of the log's record {@code seq} and {@code crc} the CRC-32C
 *       of the bytes of {@code state}. It is taken only at the end of an append, and written to a
 *       temporary file beside it, forced (with {@link Durability#FORCE}) and moved over the
 *       previous snapshot in one atomic step, so a crash leaves the old snapshot or the new one,
 *       and at worst a temporary file that is overwritten by the next save. It is used only if its
 *       envelope parses, its version is {@link #SNAPSHOT_VERSION}, {@code crc} matches, {@code seq}
 *       is within the log as opened (after a torn end was cut off) and ends an append there, the
 *       log's record {@code seq} has the checksum {@code eventCrc} (so a snapshot of another or a
 *       rewritten log is not used; the tie is that one record, which holds the event's group,
 *       number and instant), and the state is of this group at version {@code seq}. Otherwise it is
 *       ignored, with a warning through {@link System.Logger} naming the file and the reason, and
 *       the group is read from its log: a bad snapshot is never an error and never loses an event.
 *       It is left in place until the next save replaces it.
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
  /** The schema version of the events this release writes, and the newest it reads. */
  int SCHEMA_VERSION = 1;

  /**
   * The record format this release writes: 2, records framed by their append. It reads formats 1
   * and 2.
   */
  int FORMAT_VERSION = 2;

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
   * The name of the key file a store keeps in its directory unless it is given its own key store
   * ({@link Builder#memberKeys}) or told to keep personal data in plain text ({@link
   * Builder#plainText}).
   */
  String KEY_FILE = "member.keys";

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
   * @return the reports; empty if every file ended with a whole append
   */
  List<RecoveryReport> recoveries();

  /**
   * Repairs a group's log that cannot be opened because a line that ends with a line end does not
   * check out. Moves the bytes from the start of the append that holds the first such line to the
   * end of the file into a side file beside the log, named after it with {@code .damaged-1} (or
   * {@code .damaged-2}, ... if that exists; {@code town-hall.jsonl.damaged-1}), forces it to the
   * device, then truncates the log to the end of its last whole append before the damage, opens it,
   * and logs the report as a warning through {@link System.Logger}. A crash during a repair leaves
   * the log as it was, and perhaps a side file that the next repair does not overwrite. A snapshot
   * past the repaired log is ignored from then on.
   *
   * <p>Damage in the middle of a log, with records that check out after it, is repaired only with
   * {@link RepairScope#FROM_DAMAGE}: the records after the damage are moved aside with it (they are
   * listed in the report), since a log cannot skip sequence numbers.
   *
   * @param group the group
   * @param scope how far the repair may reach
   * @return what was moved; empty if the group's log opens without damage, or has no file (a torn
   *     end is cut off, as on any opening, and reported in {@link #recoveries()})
   * @throws IllegalStateException with {@link RepairScope#DAMAGED_END}, if a record that checks out
   *     follows the first damaged line (nothing is changed); if the file is locked by another
   *     store; if the store is closed
   * @throws java.io.UncheckedIOException if the storage fails; the log is unchanged unless the side
   *     file was written and forced
   */
  Optional<RepairReport> repair(GroupId group, RepairScope scope);

  /** How far {@link #repair} may reach into a log. */
  enum RepairScope {
    /**
     * Only damage at the end of the log: the repair is refused if any record that checks out
     * follows the first damaged line, since it may hold an acknowledged event.
     */
    DAMAGED_END,
    /**
     * Everything from the append of the first damaged line to the end of the file, records that
     * check out included (the report lists their sequence numbers).
     */
    FROM_DAMAGE
  }

  /** Builds a {@link JsonLinesEventStore}. Not thread-safe; the store it builds is. */
  final class Builder {
    private final Path directory;
    private Durability durability = Durability.FORCE;
    private final List<EventUpcaster> upcasters = new ArrayList<>();
    private @Nullable MemberKeyStore keys;
    private boolean plainText;

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
     * Seals each personal value ({@link io.github.peerled.core.privacy.PersonalData}) with its
     * member's key before it is written, and opens it when it is read; forgetting a member then
     * destroys their keys and deletes the group's snapshot, and an expiry of contribution text
     * destroys the sessions' retention keys. Without this call the store seals all the same, with
     * keys in the file {@link #KEY_FILE} in its directory ({@link MemberKeyStore#inFile}); give
     * your own key store to keep the keys apart from the store's backups, which a key file inside
     * the directory is not.
     *
     * @param keys where the members' keys are kept (keep it apart from the store's backups)
     * @return this builder
     * @throws NullPointerException if {@code keys} is null
     */
    public Builder memberKeys(MemberKeyStore keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
      return this;
    }

    /**
     * Writes personal data in plain text, with no key file: a store that cannot forget. An append
     * that forgets a member or expires contribution text is then refused with an {@link
     * IllegalArgumentException} and appends nothing. For tests, benchmarks of the unsealed path,
     * and data that holds nothing personal; records sealed earlier no longer open (they read as
     * their sealed text).
     *
     * @return this builder
     */
    public Builder plainText() {
      this.plainText = true;
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
     *     version that is not older than {@link #SCHEMA_VERSION}, or the directory holds a key file
     *     that is not one
     * @throws IllegalStateException if both {@link #memberKeys} and {@link #plainText()} were
     *     called
     * @throws java.io.UncheckedIOException if the directory's key file cannot be read
     */
    public JsonLinesEventStore build() {
      if (plainText && keys != null) {
        throw new IllegalStateException(
            "a store cannot both seal with the given member keys and keep personal data in plain"
                + " text; call memberKeys(..) or plainText(), not both");
      }
      MemberKeyStore k =
          plainText
              ? null
              : keys != null ? keys : MemberKeyStore.inFile(directory.resolve(KEY_FILE));
      return new JsonLinesStore(directory, durability, upcasters, k);
    }
  }
}
