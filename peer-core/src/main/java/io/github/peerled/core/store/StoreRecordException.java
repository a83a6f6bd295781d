package io.github.peerled.core.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a stored record cannot be read: garbage, a checksum mismatch, a break in the sequence
 * numbers or in the framing of an append, a record of an unknown format or schema version, or an
 * event that does not parse. The message names the file, the 1-based line and the reason. A damaged
 * record is never skipped silently, and the file is left as it is (see {@link
 * JsonLinesEventStore#repair}).
 */
public final class StoreRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param file the file the record is in
   * @param line the 1-based line of the record
   * @param reason what is wrong, in plain words
   * @param cause the underlying failure, if any
   */
  public StoreRecordException(Path file, long line, String reason, @Nullable Throwable cause) {
    super(file + ", line " + line + ": " + reason, cause);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /**
   * Returns the file the record is in.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the line of the record.
   *
   * @return the 1-based line
   */
  public long line() {
    return line;
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
