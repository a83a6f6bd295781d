package io.github.peerled.core.store;

import io.github.peerled.core.group.GroupId;
import java.nio.file.Path;

/**
 * What a file store did when it found a torn last record on opening a group's file: the record that
 * a crash interrupted before it was acknowledged, cut off so that the file ends with the last whole
 * record. Immutable and thread-safe.
 *
 * @param group the group
 * @param file the file
 * @param line the 1-based line where the torn record began
 * @param keptVersion the version of the log after the cut (its last whole record)
 * @param cutBytes how many bytes were cut off
 * @param reason why the record was judged torn
 * @param preview the start of the cut bytes, as text, at most 80 characters
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
        + ": cut off a torn last record ("
        + reason
        + "; "
        + cutBytes
        + " bytes); group "
        + group
        + " is at version "
        + keptVersion;
  }
}
