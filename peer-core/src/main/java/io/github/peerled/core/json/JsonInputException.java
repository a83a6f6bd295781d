package io.github.peerled.core.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON input does not describe a valid Peerled value. The message names the source (a
 * file name, or what the text was), the JSON path (such as {@code $.founders[1].id}), the line and
 * column when known, and the reason in plain words. Nothing was changed by the failed read.
 */
public final class JsonInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final String reason;
  private final int line;
  private final int column;

  JsonInputException(
      String source, String path, String reason, int line, int column, @Nullable Throwable cause) {
    super(format(source, path, reason, line, column), cause);
    this.source = source;
    this.path = path;
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, String path, String reason, int line, int column) {
    StringBuilder b = new StringBuilder(source).append(": at ").append(path);
    if (line > 0) {
      b.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return b.append(": ").append(reason).toString();
  }

  /**
   * Returns where the JSON came from.
   *
   * @return a file name, or a description of the text
   */
  public String source() {
    return source;
  }

  /**
   * Returns the JSON path of the offending value.
   *
   * @return the path, such as {@code $.founders[1].id}; {@code $} for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, in plain words.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the line of the offending value.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the offending value.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int column() {
    return column;
  }
}
