package io.github.peerled.core.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads a file's lines through positional reads, up to a limit, without copying each line. Not
 * thread-safe; each reader uses its own scanner.
 */
final class LineScanner {
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

  /**
   * Moves to the next whole line.
   *
   * @return false at the end; then {@link #rest()} bytes without a line end are left
   */
  boolean next() throws IOException {
    while (true) {
      for (int i = start; i < end; i++) {
        if (buf[i] == '\n') {
          lineStart = start;
          lineEnd = i;
          start = i + 1;
          return true;
        }
      }
      if (filePos >= limit) {
        return false;
      }
      fill();
    }
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
