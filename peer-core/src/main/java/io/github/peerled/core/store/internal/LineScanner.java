package io.github.peerled.core.store.internal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads a file's lines through positional reads, up to a limit, without copying each line. Not
 * thread-safe; each reader uses its own scanner.
 */
final class LineScanner {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final FileChannel channel;
  private final long limit;
  private long filePos;
  private long bufferOffset;
  private byte[] buf = new byte[1 << 18];
  private int start;
  private int end;

  /** The current line: {@code buf()[lineStart, lineEnd)}, without its line end. */
  int lineStart;

  int lineEnd;

  LineScanner(FileChannel channel, long from, long limit) {
    this.channel = channel;
    this.filePos = from;
    this.bufferOffset = from;
    this.limit = limit;
  }

  byte[] buf() {
    return buf;
  }

  /** Returns the file offset of the current line's first byte. */
  long lineOffset() {
    return bufferOffset + lineStart;
  }

  /** Returns the file offset just after the current line's line end. */
  long afterLine() {
    return bufferOffset + lineEnd + 1;
  }

  /**
   * Moves to the next whole line.
   *
   * @return false at the end; then {@link #rest()} bytes without a line end are left
   */
  boolean next() throws IOException {
    while (true) {
      int i = newline(buf, start, end);
      if (i >= 0) {
        lineStart = start;
        lineEnd = i;
        start = i + 1;
        return true;
      }
      if (filePos >= limit) {
        return false;
      }
      fill();
    }
  }

  /**
   * Returns the index of the first line end in {@code b[from, to)}, or -1. Reads eight bytes at a
   * time: a byte of {@code w ^ NEWLINES} is zero where {@code w} holds a line end, and {@code (x -
   * ONES) & ~x & HIGHS} sets the high bit of the lowest zero byte of {@code x} (bits above it may
   * be set wrongly, which the trailing-zero count ignores).
   */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Returns how many bytes are left after the last whole line, once {@link #next} is false. */
  int rest() {
    return end - start;
  }

  /** Returns the file offset of the bytes left after the last whole line. */
  long restOffset() {
    return bufferOffset + start;
  }

  /** Returns the bytes left after the last whole line as a preview. */
  String restPreview() {
    return RecordCodec.preview(buf, start, end);
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      bufferOffset += start;
      end -= start;
      start = 0;
    }
    if (end == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int want = (int) Math.min(buf.length - end, limit - filePos);
    ByteBuffer bb = ByteBuffer.wrap(buf, end, want);
    while (bb.hasRemaining()) {
      int n = channel.read(bb, filePos);
      if (n < 0) {
        throw new IOException("the file is shorter than expected (" + filePos + " bytes)");
      }
      filePos += n;
    }
    end += want;
  }
}
