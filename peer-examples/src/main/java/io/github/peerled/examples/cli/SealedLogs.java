package io.github.peerled.examples.cli;

import io.github.peerled.core.files.LoggedEvent;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.SealedEvents;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens the sealed personal values of an event log read from a file (a group's file of the file
 * store) with the store's key file: the one named by {@code --keys}, or {@value
 * JsonLinesEventStore#KEY_FILE} beside the log. A log with nothing sealed is left as it is.
 */
final class SealedLogs {
  private SealedLogs() {}

  /**
   * Returns the log with its sealed values opened.
   *
   * @param events the log's file, or {@code -} for standard input
   * @param keys the key file named by {@code --keys}, or null to look beside the log
   * @param log the events as read
   * @return the events opened: a forgotten member's values read as removed, expired text as expired
   * @throws InputProblem if {@code --keys} names no file, the log is sealed and no key file is
   *     there, the key file is not one, or a value does not open with it (file, line, field)
   */
  static List<LoggedEvent> open(Path events, @Nullable Path keys, List<LoggedEvent> log) {
    if (keys != null && !Files.isRegularFile(keys)) {
      throw new InputProblem("--keys " + keys + ": no such file");
    }
    LoggedEvent first =
        log.stream().filter(l -> SealedEvents.isSealed(l.event())).findFirst().orElse(null);
    if (first == null) {
      return log;
    }
    Path keyFile = keys != null ? keys : beside(events);
    if (keyFile == null) {
      throw new InputProblem(
          Inputs.source(events)
              + ": line "
              + first.line()
              + ": the event's personal values are sealed with member keys, and no key file"
              + " opens them ("
              + (Inputs.isStandardInput(events)
                  ? "standard input has no directory"
                  : "no " + JsonLinesEventStore.KEY_FILE + " beside the log")
              + "); name the store's key file with --keys");
    }
    String named = keys != null ? "--keys " + keyFile : "the key file " + keyFile;
    MemberKeyStore store;
    try {
      store = MemberKeyStore.inFile(keyFile);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new InputProblem(named + ": " + e.getMessage(), e);
    }
    List<LoggedEvent> opened = new ArrayList<>(log.size());
    for (LoggedEvent l : log) {
      try {
        opened.add(new LoggedEvent(SealedEvents.open(store, l.event()), l.line()));
      } catch (IllegalStateException | UncheckedIOException e) {
        throw new InputProblem(
            Inputs.source(events)
                + ": line "
                + l.line()
                + ": "
                + e.getMessage()
                + " ("
                + named
                + " does not hold the keys this log was sealed with, or the log was changed)",
            e);
      }
    }
    return opened;
  }

  /** The file store's key file beside a log, if there is one. */
  private static @Nullable Path beside(Path events) {
    if (Inputs.isStandardInput(events)) {
      return null;
    }
    Path dir = events.toAbsolutePath().getParent();
    Path file = dir == null ? null : dir.resolve(JsonLinesEventStore.KEY_FILE);
    return file != null && Files.isRegularFile(file) ? file : null;
  }
}
