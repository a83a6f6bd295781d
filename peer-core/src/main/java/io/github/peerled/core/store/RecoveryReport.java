package io.github.peerled.core.store;

import io.github.peerled.core.group.GroupId;
import java.nio.file.Path;

/**
 * What a file store did when it found a torn end on opening a group's file: the append that a crash
 * interrupted before it was acknowledged (a last record without line end, or fewer records than the
 * append has), cut off so that the file ends with the last whole append. Immutable and thread-safe.
 *
 * @param group the group
 * @param file the file
 * @param line the 1-based line where the cut began: the first line of the torn append
 * @param keptVersion the version of the log after the cut (the end of its last whole append)
 * @param cutBytes how many bytes were cut off
 * @param reason why the end was judged torn
 * @param preview the start of the cut bytes up to their first line end, as text, at most 80
 *     characters
 */
public record RecoveryReport(
    GroupId group,
    Path file,
    long line,
    long keptVersion,
    long cutBytes,
    String reason,
    String preview) {

  /**
   * Returns the report as one line of text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return file
        + ", line "
        + line
        + ": cut off a torn append ("
        + reason
        + "; "
        + cutBytes
        + " bytes); group "
        + group
        + " is at version "
        + keptVersion;
  }
}
