package io.github.peerled.examples.cli;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
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
    } catch (NoSuchFileException e) {
      throw new InputProblem(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputProblem(file + ": not valid UTF-8 text");
    } catch (IOException e) {
      throw new InputProblem(file + ": cannot be read (" + e + ")", e);
    }
    return events;
  }
}
