package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.core.store.JsonLinesEventStore.RepairScope;
import io.github.peerled.core.store.RecoveryReport;
import io.github.peerled.core.store.RepairReport;
import io.github.peerled.core.store.StoreRecordException;
import io.github.peerled.core.store.VersionConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * One group's file of the log (its snapshot beside it is the {@link SnapshotFile}). Appends are
 * serialised on this object; reads use positional reads up to the last published tail, so they run
 * concurrently with appends. Thread-safe.
 */
final class GroupLogFile {
  private static final int STRIDE = LogScan.STRIDE;

  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");

  /** The published end of the log: its size in bytes, its version and the sparse offset index. */
  private static final class Tail {
    final long size;
    final long version;
    final long[] index;

    Tail(long size, long version, long[] index) {
      this.size = size;
      this.version = version;
      this.index = index;
    }
  }

  private final GroupId group;
  private final Path path;
  private final SnapshotFile snapshot;
  private final JsonLinesStore store;
  private volatile @Nullable FileChannel channel;
  private @Nullable FileLock lock;
  private boolean scanned;
  private @Nullable String broken;
  private volatile Tail tail = new Tail(0, 0, new long[16]);
  private final RecordCodec.Buffer out = new RecordCodec.Buffer();
  private long[] lineEnds = new long[16];

  GroupLogFile(GroupId group, Path path, JsonLinesStore store) {
    this.group = group;
    this.path = path;
    this.store = store;
    this.snapshot = new SnapshotFile(group, path, this, store);
  }

  /**
   * Opens and scans the file if it exists; returns false if it does not. Once the file is open this
   * takes no lock, so reads never wait for an append in progress.
   */
  private boolean open(boolean create) {
    return channel != null || openLocked(create);
  }

  private synchronized boolean openLocked(boolean create) {
    if (channel != null) {
      return true;
    }
    if (scanned && !create) {
      return false;
    }
    try {
      FileChannel ch;
      boolean fresh = false;
      try {
        ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        if (!create) {
          scanned = true;
          return false;
        }
        Files.createDirectories(path.getParent());
        ch =
            FileChannel.open(
                path,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.CREATE_NEW);
        fresh = true;
      }
      attach(ch, fresh, null);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot open: " + e.getMessage(), e);
    }
  }

  /** Repairs the file if damage keeps it from opening; see {@link JsonLinesEventStore#repair}. */
  synchronized Optional<RepairReport> repair(RepairScope scope) {
    if (channel != null) {
      return Optional.empty();
    }
    try {
      FileChannel ch;
      try {
        ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
      return attach(ch, false, scope);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot repair: " + e.getMessage(), e);
    }
  }

  /**
   * Locks a channel just opened, repairs it if asked, scans it and makes it the file's channel;
   * closes it if any of this fails.
   */
  private Optional<RepairReport> attach(FileChannel ch, boolean fresh, @Nullable RepairScope repair)
      throws IOException {
    Optional<RepairReport> repaired = Optional.empty();
    try {
      lock(ch);
      if (fresh) {
        store.forceDirectory();
      } else {
        if (repair != null) {
          repaired = LogRepair.run(ch, group, path, repair, store);
        }
        scan(ch);
      }
    } catch (RuntimeException | IOException e) {
      ch.close();
      throw e;
    }
    channel = ch;
    scanned = true;
    return repaired;
  }

  private void lock(FileChannel ch) throws IOException {
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      throw new IllegalStateException(path + " is already open in another store of this process");
    }
    if (l == null) {
      throw new IllegalStateException(path + " is locked by another process");
    }
    lock = l;
  }

  /** Checks every record, cuts off a torn end back to the last whole append, builds the index. */
  private void scan(FileChannel ch) throws IOException {
    LogScan scan = LogScan.read(ch, store.codec(), path, false);
    long size = scan.size;
    if (scan.torn()) {
      String preview = LogScan.preview(ch, scan.boundary);
      scan.cutToBoundary(ch);
      RecoveryReport report =
          new RecoveryReport(
              group,
              path,
              scan.boundaryLine + 1,
              scan.version,
              size - scan.boundary,
              scan.tornReason(),
              preview);
      LOG.log(System.Logger.Level.WARNING, report.toString());
      store.report(report);
      size = scan.boundary;
    }
    tail = new Tail(size, scan.version, scan.index);
  }

  long version() {
    open(false);
    return tail.version;
  }

  synchronized long append(long expectedVersion, List<? extends GroupEvent> events) {
    if (broken != null) {
      throw new IllegalStateException(path + ": " + broken);
    }
    open(true);
    FileChannel ch = channel;
    if (ch == null) {
      throw new IllegalStateException(path + " is not open");
    }
    Tail t = tail;
    if (t.version != expectedVersion) {
      throw new VersionConflictException(group, expectedVersion, t.version);
    }
    out.clear();
    if (lineEnds.length < events.size()) {
      lineEnds = new long[events.size()];
    }
    for (int i = 0; i < events.size(); i++) {
      RecordCodec.encode(events.get(i), store.sealer(), events.size(), i + 1, out);
      lineEnds[i] = out.size;
    }
    try {
      ByteBuffer bb = ByteBuffer.wrap(out.bytes, 0, out.size);
      long pos = t.size;
      while (bb.hasRemaining()) {
        pos += ch.write(bb, pos);
      }
      if (store.forces()) {
        ch.force(false);
      }
    } catch (IOException e) {
      try {
        ch.truncate(t.size);
      } catch (IOException again) {
        e.addSuppressed(again);
        broken = "an append failed and could not be undone; reopen the store";
      }
      throw new UncheckedIOException(path + ": cannot append: " + e.getMessage(), e);
    }
    long[] index = t.index;
    long version = t.version;
    for (int i = 0; i < events.size(); i++) {
      version++;
      index = LogScan.indexed(index, version, t.size + (i == 0 ? 0 : lineEnds[i - 1]));
    }
    tail = new Tail(t.size + out.size, version, index);
    return version;
  }

  void forEach(long from, long to, Consumer<? super GroupEvent> sink) {
    if (!open(false)) {
      return;
    }
    Tail t = tail;
    if (from > t.version || to < from) {
      return;
    }
    FileChannel ch = channel;
    if (ch == null) {
      return;
    }
    long k = (from - 1) / STRIDE;
    long seq = k * STRIDE;
    long offset = t.index[(int) k];
    LineScanner s = new LineScanner(ch, offset, t.size);
    CRC32C crc = new CRC32C();
    RecordCodec.Parsed r = new RecordCodec.Parsed();
    try {
      while (seq < to && s.next()) {
        seq++;
        if (seq < from) {
          continue;
        }
        GroupEvent e;
        try {
          store.codec().parse(s.buf(), s.lineStart, s.lineEnd, crc, r);
          if (r.sequence != seq) {
            throw new RecordCodec.BadRecord(
                "sequence number " + r.sequence + " breaks the log: expected " + seq, null);
          }
          e = store.codec().decode(s.buf(), r, store.sealer());
        } catch (RecordCodec.BadRecord bad) {
          throw new StoreRecordException(path, seq, String.valueOf(bad.getMessage()), bad);
        }
        if (e.sequence() != seq) {
          throw new StoreRecordException(
              path, seq, "the event says sequence " + e.sequence() + ", the record " + seq, null);
        }
        if (!e.groupId().equals(group)) {
          throw new StoreRecordException(
              path, seq, "the event belongs to group " + e.groupId() + ", not " + group, null);
        }
        sink.accept(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the envelope of record {@code seq}, read through the sparse index (the scan on opening
   * has checked every record's envelope).
   *
   * @param seq from 1 to the version of {@code t}
   */
  private RecordCodec.Parsed recordAt(Tail t, long seq) {
    FileChannel ch = channel;
    if (ch == null) {
      throw new IllegalStateException(path + " is not open");
    }
    long k = (seq - 1) / STRIDE;
    long at = k * STRIDE;
    LineScanner s = new LineScanner(ch, t.index[(int) k], t.size);
    RecordCodec.Parsed r = new RecordCodec.Parsed();
    try {
      while (s.next()) {
        at++;
        if (at == seq) {
          try {
            store.codec().parse(s.buf(), s.lineStart, s.lineEnd, new CRC32C(), r);
          } catch (RecordCodec.BadRecord bad) {
            throw new StoreRecordException(path, seq, String.valueOf(bad.getMessage()), bad);
          }
          if (r.sequence != seq) {
            throw new StoreRecordException(
                path,
                seq,
                "sequence number " + r.sequence + " breaks the log: expected " + seq,
                null);
          }
          return r;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
    }
    throw new StoreRecordException(path, seq, "the record is missing", null);
  }

  /**
   * Returns the envelope of record {@code seq} of the log as it is now.
   *
   * @param seq from 1 to {@link #version()}
   * @throws StoreRecordException if the record is missing or damaged
   */
  RecordCodec.Parsed envelopeAt(long seq) {
    open(false);
    return recordAt(tail, seq);
  }

  /** The group's snapshot beside this log. */
  SnapshotFile snapshot() {
    return snapshot;
  }

  synchronized void close() throws IOException {
    FileChannel ch = channel;
    channel = null;
    if (ch != null) {
      try {
        FileLock l = lock;
        if (l != null && l.isValid()) {
          l.release();
        }
      } finally {
        lock = null;
        ch.close();
      }
    }
  }
}
