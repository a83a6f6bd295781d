package io.github.peerled.core.files;

import io.github.peerled.core.json.JsonInputException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a file cannot be read as its format: it is missing, empty, not UTF-8, not JSON, not
 * of its format or version, or describes no valid value. The message names the file, the JSON path
 * (when there is one) and the reason, such as {@code group.json: at $.format: 'peerled-group/9' is
 * not a format this version reads (peerled-group/1)}.
 */
public final class PeerFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String path;
  private final String reason;

  /**
   * Creates the exception for a problem at a place in a file.
   *
   * @param file the file, or what the text was (such as {@code standard input})
   * @param path the JSON path of the problem, such as {@code $.format}; empty if it concerns the
   *     file as a whole
   * @param reason what is wrong, in plain words
   */
  public PeerFileException(String file, String path, String reason) {
    this(file, path, reason, message(file, path, reason), null);
  }

  private PeerFileException(
      String file, String path, String reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
    this.path = path;
    this.reason = reason;
  }

  /**
   * Returns the exception for a failure of the JSON reader, with its message unchanged.
   *
   * @param e the failure
   * @return the exception
   */
  static PeerFileException of(JsonInputException e) {
    return new PeerFileException(
        e.source(), e.path(), e.reason(), String.valueOf(e.getMessage()), e);
  }

  /**
   * Returns the exception for a file that could not be read at all.
   *
   * @param file the file
   * @param reason what went wrong
   * @param cause the failure
   * @return the exception
   */
  static PeerFileException unreadable(String file, String reason, Throwable cause) {
    return new PeerFileException(file, "", reason, message(file, "", reason), cause);
  }

  private static String message(String file, String path, String reason) {
    return path.isEmpty() ? file + ": " + reason : file + ": at " + path + ": " + reason;
  }

  /**
   * Returns the file.
   *
   * @return the file name, or what the text was
   */
  public String file() {
    return file;
  }

  /**
   * Returns where in the file.
   *
   * @return the JSON path, such as {@code $.members[2].id}; empty if the problem concerns the file
   *     as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason, in plain words
   */
  public String reason() {
    return reason;
  }
}
