package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.StoreRecordException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Reads a group's file from its start and checks every line: each must be a record that checks out,
 * numbered after the one before it, in the place its append's framing gives it. Finds the end of
 * the last whole append (the boundary), what follows it, and the first line that does not check out
 * (the damage). Not thread-safe; one scan per opening or repair.
 */
final class LogScan {
  /** Every {@code STRIDE}-th record's offset is kept, to start reads near their first record. */
  static final int STRIDE = 1024;

  /** The file's size. */
  long size;

  /** The version at the boundary: the sequence number of the last record of a whole append. */
  long version;

  /** The file offset just after the last whole append. */
  long boundary;

  /** How many lines end at or before the boundary. */
  long boundaryLine;

  /** The offsets of records {@code 1, STRIDE + 1, 2 * STRIDE + 1, ...}. */
  long[] index = new long[16];

  /** How many whole records follow the boundary, of an append that did not finish. */
  int pending;

  /** How many records that unfinished append has. */
  int pendingCount;

  /** Tells whether the file ends with bytes without a line end. */
  boolean unterminated;

  /** The first line that does not check out; 0 if there is none. */
  long damagedLine;

  /** Why {@link #damagedLine} does not check out. */
  String damage = "";

  /** How many lines the file has, counting bytes without a line end at its end as one. */
  long lines;

  /** When surveying: the sequence numbers of the records after the boundary that check out. */
  final List<Long> visible = new ArrayList<>();

  /** When surveying: how many records after the damaged line check out. */
  int intactAfterDamage;

  private LogScan() {}

  /**
   * Scans a file.
   *
   * @param ch the file
   * @param codec the store's codec
   * @param path the file's path, for messages
   * @param survey false to stop at the first damaged line with an exception; true to look past it
   * @throws StoreRecordException if a line does not check out and {@code survey} is false
   */
  static LogScan read(FileChannel ch, RecordCodec codec, Path path, boolean survey)
      throws IOException {
    LogScan scan = new LogScan();
    scan.size = ch.size();
    LineScanner s = new LineScanner(ch, 0, scan.size);
    CRC32C crc = new CRC32C();
    RecordCodec.Parsed r = new RecordCodec.Parsed();
    long seq = 0;
    while (s.next()) {
      scan.lines++;
      @Nullable String bad = null;
      boolean intact;
      try {
        codec.parse(s.buf(), s.lineStart, s.lineEnd, crc, r);
        intact = true;
      } catch (RecordCodec.BadRecord e) {
        bad = String.valueOf(e.getMessage());
        intact = false;
      }
      if (survey && intact) {
        scan.visible.add(r.sequence);
      }
      if (scan.damagedLine != 0) {
        scan.intactAfterDamage += intact ? 1 : 0;
        continue;
      }
      if (intact) {
        bad = scan.misfit(r, seq + 1);
      }
      if (bad != null) {
        if (!survey) {
          throw new StoreRecordException(path, scan.lines, bad, null);
        }
        scan.damagedLine = scan.lines;
        scan.damage = bad;
        continue;
      }
      seq = r.sequence;
      scan.index = indexed(scan.index, seq, s.lineOffset());
      if (r.endsAppend()) {
        scan.version = seq;
        scan.boundary = s.afterLine();
        scan.boundaryLine = scan.lines;
        scan.pending = 0;
        if (survey) {
          scan.visible.clear();
        }
      } else {
        scan.pending++;
        scan.pendingCount = r.count;
      }
    }
    if (s.rest() > 0) {
      scan.unterminated = true;
      scan.lines++;
    }
    return scan;
  }

  /** Returns why a record that checks out does not fit where it is, or null if it fits. */
  private @Nullable String misfit(RecordCodec.Parsed r, long expected) {
    if (r.sequence != expected) {
      return "sequence number " + r.sequence + " breaks the log: expected " + expected;
    }
    int wanted = pending + 1;
    if (pending == 0 ? r.index == 1 : r.count == pendingCount && r.index == wanted) {
      return null;
    }
    return pending == 0
        ? "record " + r.index + " of an append of " + r.count + " follows a whole append"
        : "record "
            + r.index
            + " of an append of "
            + r.count
            + " (format "
            + r.format
            + ") breaks an append of "
            + pendingCount
            + ": expected its record "
            + wanted;
  }

  /** Returns the index with the offset of record {@code sequence} if it is one it keeps. */
  static long[] indexed(long[] index, long sequence, long offset) {
    if ((sequence - 1) % STRIDE != 0) {
      return index;
    }
    int k = (int) ((sequence - 1) / STRIDE);
    long[] ix = index;
    if (k >= ix.length) {
      ix = Arrays.copyOf(ix, Math.max(ix.length * 2, k + 1));
    }
    ix[k] = offset;
    return ix;
  }

  /** Truncates the file to the boundary, and forces it to the device. */
  void cutToBoundary(FileChannel ch) throws IOException {
    ch.truncate(boundary);
    ch.force(true);
  }

  /** Tells whether the file ends with an append that did not finish (and nothing is damaged). */
  boolean torn() {
    return damagedLine == 0 && (pending > 0 || unterminated);
  }

  /** Says why the end of the file is torn. */
  String tornReason() {
    if (pending == 0) {
      return "the last record has no line end";
    }
    return "the last append has "
        + pending
        + " whole record"
        + (pending == 1 ? "" : "s")
        + " of "
        + pendingCount
        + (unterminated ? ", then a record without line end" : "");
  }

  /** Returns the start of the bytes from {@code offset}, up to a line end, as a preview. */
  static String preview(FileChannel ch, long offset) throws IOException {
    ByteBuffer bb = ByteBuffer.allocate(81);
    while (bb.hasRemaining() && ch.read(bb, offset + bb.position()) > 0) {
      // read until full or at the end of the file
    }
    byte[] b = Arrays.copyOf(bb.array(), bb.position());
    int end = LineScanner.newline(b, 0, b.length);
    return RecordCodec.preview(b, 0, end < 0 ? b.length : end);
  }
}
