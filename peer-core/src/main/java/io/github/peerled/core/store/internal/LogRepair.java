package io.github.peerled.core.store.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.JsonLinesEventStore.RepairScope;
import io.github.peerled.core.store.RepairReport;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Moves the damaged end of a group's log into a side file and truncates the log to its last whole
 * append before the damage; see {@link io.github.peerled.core.store.JsonLinesEventStore#repair}.
 * The caller holds the file's lock. Thread-safe (stateless).
 */
final class LogRepair {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");

  private LogRepair() {}

  /**
   * Repairs a log if it is damaged.
   *
   * @return what was moved; empty if nothing is damaged
   * @throws IllegalStateException if {@code scope} does not reach records that check out after the
   *     damage; nothing is changed
   */
  static Optional<RepairReport> run(
      FileChannel ch, GroupId group, Path path, RepairScope scope, JsonLinesStore store)
      throws IOException {
    LogScan scan = LogScan.read(ch, store.codec(), path, true);
    if (scan.damagedLine == 0) {
      return Optional.empty();
    }
    if (scope == RepairScope.DAMAGED_END && scan.intactAfterDamage > 0) {
      throw new IllegalStateException(
          path
              + ", line "
              + scan.damagedLine
              + ": "
              + scan.damage
              + "; the damage is not at the end: "
              + scan.intactAfterDamage
              + " records after it check out. Nothing was changed; a repair "
              + RepairScope.FROM_DAMAGE
              + " would move them aside with the damage");
    }
    Path side = moveAside(ch, path, scan.boundary, scan.size);
    store.syncDirectory();
    scan.cutToBoundary(ch);
    RepairReport report =
        new RepairReport(
            group,
            path,
            side,
            scan.damagedLine,
            scan.damage,
            scan.boundaryLine + 1,
            scan.lines - scan.boundaryLine,
            scan.size - scan.boundary,
            scan.version,
            scan.visible);
    LOG.log(System.Logger.Level.WARNING, "repaired " + report);
    return Optional.of(report);
  }

  /** Copies the bytes {@code [from, to)} of the log into a new side file, forced to the device. */
  private static Path moveAside(FileChannel log, Path path, long from, long to) throws IOException {
    for (int k = 1; ; k++) {
      Path side = path.resolveSibling(path.getFileName() + ".damaged-" + k);
      FileChannel out;
      try {
        out = FileChannel.open(side, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      try (FileChannel o = out) {
        long at = from;
        while (at < to) {
          at += log.transferTo(at, to - at, o);
        }
        o.force(true);
      }
      return side;
    }
  }
}
