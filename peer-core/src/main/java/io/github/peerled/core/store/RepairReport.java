package io.github.peerled.core.store;

import io.github.peerled.core.group.GroupId;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link JsonLinesEventStore#repair} did to a group's damaged log: the bytes it moved out of
 * the log into a side file, and what it could still see in them. Immutable and thread-safe.
 *
 * @param group the group
 * @param file the group's file
 * @param movedTo the side file that now holds the moved bytes, unchanged
 * @param damagedLine the 1-based line of the first line that does not check out
 * @param reason why that line does not check out
 * @param fromLine the first line moved: the first line of the append the damage is in
 * @param lines how many lines were moved (bytes without a line end at the end count as one)
 * @param bytes how many bytes were moved
 * @param keptVersion the version of the log after the repair: the end of its last whole append
 * @param visibleSequences the sequence numbers of the moved records that still check out, in the
 *     order of the file: events that may have been acknowledged, for the host to look at
 */
public record RepairReport(
    GroupId group,
    Path file,
    Path movedTo,
    long damagedLine,
    String reason,
    long fromLine,
    long lines,
    long bytes,
    long keptVersion,
    List<Long> visibleSequences) {

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   */
  public RepairReport {
    visibleSequences = List.copyOf(visibleSequences);
  }

  /**
   * Returns the report as one line of text.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return file
        + ", line "
        + damagedLine
        + ": "
        + reason
        + "; moved lines "
        + fromLine
        + " to "
        + (fromLine + lines - 1)
        + " ("
        + bytes
        + " bytes) to "
        + movedTo
        + "; records that still check out among them: "
        + ranges(visibleSequences)
        + "; group "
        + group
        + " is at version "
        + keptVersion;
  }

  /** Writes sequence numbers as ranges: {@code 8 to 10, 12}. */
  private static String ranges(List<Long> sequences) {
    if (sequences.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < sequences.size()) {
      int j = i;
      while (j + 1 < sequences.size() && sequences.get(j + 1) == sequences.get(j) + 1) {
        j++;
      }
      b.append(b.length() == 0 ? "" : ", ").append(sequences.get(i));
      if (j > i) {
        b.append(" to ").append(sequences.get(j));
      }
      i = j + 1;
    }
    return b.toString();
  }
}
