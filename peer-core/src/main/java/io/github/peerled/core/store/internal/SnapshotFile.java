package io.github.peerled.core.store.internal;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A group's snapshot, in a file beside its log: the state at the end of one append, with the
 * checksum of that append's last record, so that a snapshot of another log, or of a log since cut
 * back, is never taken for this one's. Saves are serialised on their own lock, so they never hold
 * up an append. Thread-safe.
 */
final class SnapshotFile {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");

  private final GroupId group;
  private final Path snapshotPath;
  private final Path snapshotTemp;
  private final Object snapshotLock = new Object();

  /** The sequence of the last forgetting this process appended; no snapshot from before it. */
  private long forgottenAt;

  private final GroupLogFile log;
  private final JsonLinesStore store;

  SnapshotFile(GroupId group, Path logPath, GroupLogFile log, JsonLinesStore store) {
    this.group = group;
    this.snapshotPath =
        logPath.resolveSibling(logPath.getFileName() + JsonLinesEventStore.SNAPSHOT_EXTENSION);
    this.snapshotTemp = snapshotPath.resolveSibling(snapshotPath.getFileName() + ".tmp");
    this.log = log;
    this.store = store;
  }

  /**
   * Returns the group's snapshot if it checks out against the log as it is now (after any torn end
   * was cut off); otherwise logs why it is ignored and returns empty.
   */
  Optional<GroupState> load() {
    byte[] b;
    try {
      if (Files.size(snapshotPath) > Integer.MAX_VALUE - 16) {
        return ignored("it is too large to read");
      }
      b = Files.readAllBytes(snapshotPath);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return ignored("it cannot be read: " + e.getMessage());
    }
    SnapshotCodec.Parsed p;
    try {
      p = SnapshotCodec.parse(b);
    } catch (SnapshotCodec.BadSnapshot bad) {
      return ignored(String.valueOf(bad.getMessage()));
    }
    long version = log.version();
    if (p.sequence > version) {
      return ignored("it is at version " + p.sequence + ", but the log ends at version " + version);
    }
    RecordCodec.Parsed r = log.envelopeAt(p.sequence);
    int logCrc = r.crc;
    if (logCrc != p.eventCrc) {
      return ignored(
          String.format(
              Locale.ROOT,
              "it belongs to another log: it expects record %d to have checksum %08x, the log's"
                  + " has %08x",
              p.sequence,
              p.eventCrc,
              logCrc));
    }
    if (!r.endsAppend()) {
      return ignored(inside(r));
    }
    GroupState state;
    try {
      state = SnapshotCodec.decode(b, p);
    } catch (SnapshotCodec.BadSnapshot bad) {
      return ignored(String.valueOf(bad.getMessage()));
    }
    if (!state.groupId().equals(group)) {
      return ignored("it holds the state of group " + state.groupId() + ", not " + group);
    }
    if (state.version() != p.sequence) {
      return ignored(
          "its state is at version " + state.version() + ", its envelope says " + p.sequence);
    }
    return Optional.of(state);
  }

  private static String inside(RecordCodec.Parsed r) {
    return "version "
        + r.sequence
        + " is record "
        + r.index
        + " of an append of "
        + r.count
        + " records";
  }

  private Optional<GroupState> ignored(String reason) {
    LOG.log(
        System.Logger.Level.WARNING,
        snapshotPath
            + ": snapshot ignored ("
            + reason
            + "); group "
            + group
            + " is read from its log");
    return Optional.empty();
  }

  /**
   * Writes a snapshot of a state to a temporary file beside the log, forces it (if the store
   * forces), and moves it over the previous snapshot in one atomic step.
   */
  void save(GroupState state) {
    if (!state.groupId().equals(group)) {
      throw new IllegalArgumentException(
          "a state of group " + state.groupId() + " is not a snapshot of " + group);
    }
    long seq = state.version();
    long version = log.version();
    if (seq < 1 || seq > version) {
      throw new IllegalArgumentException(
          version == 0
              ? "group " + group + " has no events to take a snapshot of"
              : "group "
                  + group
                  + " has versions 1 to "
                  + version
                  + " to take a snapshot of, not "
                  + seq);
    }
    RecordCodec.Parsed r = log.envelopeAt(seq);
    if (!r.endsAppend()) {
      throw new IllegalArgumentException(
          "group " + group + ": a snapshot must end an append, but " + inside(r));
    }
    byte[] b = SnapshotCodec.encode(state, r.crc);
    synchronized (snapshotLock) {
      if (seq < forgottenAt) {
        return;
      }
      try {
        try (FileChannel ch =
            FileChannel.open(
                snapshotTemp,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer bb = ByteBuffer.wrap(b);
          long pos = 0;
          while (bb.hasRemaining()) {
            pos += ch.write(bb, pos);
          }
          if (store.forces()) {
            ch.force(true);
          }
        }
        Files.move(
            snapshotTemp,
            snapshotPath,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        try {
          Files.deleteIfExists(snapshotTemp);
        } catch (IOException again) {
          e.addSuppressed(again);
        }
        throw new UncheckedIOException(
            snapshotPath + ": cannot save a snapshot: " + e.getMessage(), e);
      }
      store.forceDirectory();
    }
  }

  /**
   * Deletes the snapshot, which may hold what a forgotten member said, and refuses snapshots of
   * states before the forgetting from now on (one may be being written from such a state).
   */
  void drop(long forgetting) {
    synchronized (snapshotLock) {
      forgottenAt = Math.max(forgottenAt, forgetting);
      try {
        Files.deleteIfExists(snapshotPath);
        Files.deleteIfExists(snapshotTemp);
      } catch (IOException e) {
        throw new UncheckedIOException(
            snapshotPath + ": cannot delete the snapshot of a forgotten member: " + e.getMessage(),
            e);
      }
      store.forceDirectory();
    }
  }
}
