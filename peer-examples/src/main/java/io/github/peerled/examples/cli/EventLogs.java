package io.github.peerled.examples.cli;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads event logs written as JSON lines: one event per line, as {@code peer demo --json} writes.
 */
final class EventLogs {
  private EventLogs() {}

  /**
   * An event and the line of the file it was read from.
   *
   * @param event the event
   * @param line the line number in the file, from 1 (blank lines count)
   */
  record Logged(GroupEvent event, int line) {}

  static List<Logged> read(Path file) {
    List<Logged> events = new ArrayList<>();
    String text = Documents.readText(file);
    int number = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        events.add(
            new Logged(PeerledJson.read(line, GroupEvent.class, file + ":" + number), number));
      } catch (JsonInputException e) {
        throw new InputProblem(String.valueOf(e.getMessage()), e);
      }
    }
    return events;
  }
}
