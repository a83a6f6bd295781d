package io.github.peerled.core.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.sim.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the file formats of peer-core: session transcripts ({@value
 * SessionFile#FORMAT}), proposed changes ({@code peerled-change/1}), simulation scenarios ({@code
 * peerled-scenario/1}) and event logs ({@code peerled-events/1}). Group files, which name the
 * resources of rules, are read by {@code io.github.peerled.rules.files.PeerFiles}, which also reads
 * everything here.
 *
 * <p>Reading is as strict as {@link PeerledJson}: UTF-8 only, unknown fields and values of the
 * wrong type are errors. Every reader fails with a {@link PeerFileException} that names the file,
 * the JSON path and the reason. Changes, scenarios and event logs written before they carried a
 * {@code format} member are read as version 1. Writers put the {@code format} member first.
 *
 * <p>Thread-safe: no state.
 */
public final class CoreFiles {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CoreFiles() {}

  /**
   * Reads the text of a JSON file: UTF-8, a leading byte-order mark skipped.
   *
   * @param file the file
   * @return its text
   * @throws PeerFileException if the file is missing, cannot be read, is not UTF-8 or is empty
   */
  public static String readText(Path file) {
    String text;
    try {
      text = PeerledJson.readText(file);
    } catch (JsonInputException e) {
      throw PeerFileException.of(e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause instanceof NoSuchFileException) {
        throw new PeerFileException(file.toString(), "", "no such file");
      }
      throw PeerFileException.unreadable(file.toString(), "cannot be read (" + cause + ")", e);
    }
    return notBlank(file.toString(), text);
  }

  /**
   * Reads the text of a JSON document from a stream, such as standard input: UTF-8, a leading
   * byte-order mark skipped. The stream is read to its end and not closed.
   *
   * @param in the stream
   * @param source what the stream is, for messages (such as {@code standard input})
   * @return its text
   * @throws PeerFileException if the stream cannot be read, is not UTF-8 or is empty
   */
  public static String readText(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw PeerFileException.unreadable(source, "cannot be read (" + e + ")", e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw PeerFileException.unreadable(source, "holds bytes that are not UTF-8", e);
    }
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    return notBlank(source, text);
  }

  private static String notBlank(String source, String text) {
    if (text.isBlank()) {
      throw new PeerFileException(source, "", "the file is empty; it should hold a JSON object");
    }
    return text;
  }

  /**
   * Reads a session transcript.
   *
   * @param source the file name, or what the text is, for messages
   * @param text the JSON text
   * @return the session, with its JSON tree
   * @throws PeerFileException if the text is not a session of format {@value SessionFile#FORMAT}
   */
  public static Document<SessionFile> readSession(String source, String text) {
    Document<SessionFile> d = read(source, text, SessionFile.class);
    checkFormat(source, d.value().format(), FileFormat.SESSION);
    return d;
  }

  /**
   * Reads a proposed change: a proposal content such as {@code {"format": "peerled-change/1",
   * "kind": "guidelines", "baseVersion": 1, "changes": [...]}}; the {@code format} member may be
   * left out.
   *
   * @param source the file name, or what the text is, for messages
   * @param text the JSON text
   * @return the change, with its JSON tree
   * @throws PeerFileException if the text is not a change of this format
   */
  public static Document<ProposalContent> readChange(String source, String text) {
    return readVersioned(source, text, ProposalContent.class, FileFormat.CHANGE);
  }

  /**
   * Reads a simulation scenario; the {@code format} member ({@code peerled-scenario/1}) may be left
   * out.
   *
   * @param source the file name, or what the text is, for messages
   * @param text the JSON text
   * @return the scenario, with its JSON tree
   * @throws PeerFileException if the text is not a scenario of this format
   */
  public static Document<Scenario> readScenario(String source, String text) {
    return readVersioned(source, text, Scenario.class, FileFormat.SCENARIO);
  }

  /**
   * Reads an event log. Three forms are read: JSON lines with one event a line (blank lines
   * skipped), the same after a first line {@code {"format":"peerled-events/1"}}, and a file of the
   * JSON-lines event store, whose records wrap each event ({@code {"f":2,"v":1,"seq":1,...,
   * "event":{...}}}). Store records are not checked against their checksums: open the directory
   * with {@code JsonLinesEventStore} for that, and to read records of older schema versions.
   *
   * @param source the file name, or what the text is, for messages
   * @param text the text
   * @return the events in the order of the log, each with its line
   * @throws PeerFileException if a line is not an event, a store record or, first, the format line
   */
  public static List<LoggedEvent> readEventLog(String source, String text) {
    List<LoggedEvent> events = new ArrayList<>();
    int number = 0;
    boolean first = true;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String at = source + ":" + number;
      try {
        events.add(new LoggedEvent(PeerledJson.read(line, GroupEvent.class, at), number));
      } catch (JsonInputException e) {
        @Nullable GroupEvent wrapped = unwrap(line, at, first, e);
        if (wrapped != null) {
          events.add(new LoggedEvent(wrapped, number));
        }
      }
      first = false;
    }
    return List.copyOf(events);
  }

  /**
   * Reads a line that is not a bare event: the format line, or a record of the event store.
   *
   * @return the event of a record, or null for the format line
   * @throws PeerFileException the failure of the line read as an event, if it is neither
   */
  private static @Nullable GroupEvent unwrap(
      String line, String at, boolean first, JsonInputException failure) {
    JsonNode tree;
    try {
      tree = PeerledJson.read(line, JsonNode.class, at);
    } catch (JsonInputException notJson) {
      throw PeerFileException.of(failure);
    }
    if (!tree.isObject() || tree.has("type")) {
      throw PeerFileException.of(failure);
    }
    JsonNode format = tree.get("format");
    if (first && format != null && tree.size() == 1) {
      checkFormat(
          at, format.isTextual() ? format.asText() : format.toString(), FileFormat.EVENT_LOG);
      return null;
    }
    JsonNode event = tree.get("event");
    JsonNode version = tree.get("v");
    if (event == null || !event.isObject() || version == null || !tree.has("seq")) {
      throw PeerFileException.of(failure);
    }
    if (!version.isInt() || version.asInt() != 1) {
      throw new PeerFileException(
          at,
          "$.v",
          "an event of schema version "
              + version
              + "; open the store with JsonLinesEventStore, which reads older versions");
    }
    try {
      return PeerledJson.read(PeerledJson.write(event), GroupEvent.class, at + " (event)");
    } catch (JsonInputException e) {
      throw PeerFileException.of(e);
    }
  }

  /**
   * Writes a session transcript as indented JSON.
   *
   * @param session the session
   * @return the JSON text
   */
  public static String writeSession(SessionFile session) {
    return PeerledJson.writePretty(session);
  }

  /**
   * Writes a proposed change as indented JSON, with its {@code format} member first.
   *
   * @param change the change
   * @return the JSON text
   */
  public static String writeChange(ProposalContent change) {
    return writeVersioned(change, FileFormat.CHANGE);
  }

  /**
   * Writes a simulation scenario as indented JSON, with its {@code format} member first.
   *
   * @param scenario the scenario
   * @return the JSON text
   */
  public static String writeScenario(Scenario scenario) {
    return writeVersioned(scenario, FileFormat.SCENARIO);
  }

  /**
   * Writes an event log: the format line, then one event a line, each line ending in a line feed.
   *
   * @param events the events, in order
   * @return the text
   */
  public static String writeEventLog(List<? extends GroupEvent> events) {
    StringBuilder b = new StringBuilder(formatLine(FileFormat.EVENT_LOG)).append('\n');
    for (GroupEvent e : events) {
      b.append(PeerledJson.write(e)).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns the line that opens a JSON-lines document of a format.
   *
   * @param format the format
   * @return {@code {"format":"..."}}
   */
  public static String formatLine(FileFormat format) {
    return "{\"format\":\"" + format.id() + "\"}";
  }

  /**
   * Writes a value as indented JSON with a {@code format} member first.
   *
   * @param value a value that is written as a JSON object without a {@code format} member
   * @param format its format
   * @return the JSON text
   * @throws IllegalArgumentException if the value is not written as a JSON object
   */
  public static String writeVersioned(Object value, FileFormat format) {
    JsonNode tree = PeerledJson.read(PeerledJson.write(value), JsonNode.class, "value");
    if (!tree.isObject()) {
      throw new IllegalArgumentException(value.getClass().getName() + " is not a JSON object");
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("format", format.id());
    out.setAll((ObjectNode) tree);
    return PeerledJson.writePretty(out);
  }

  /**
   * Reads a document of any type of the model as strictly as {@link PeerledJson} does, and keeps
   * its tree; for the readers of formats that hold their {@code format} member as a field, such as
   * the group file.
   *
   * @param <T> the type
   * @param source the file name, or what the text is, for messages
   * @param text the JSON text
   * @param type the type to read
   * @return the value, with its JSON tree
   * @throws PeerFileException if the text is not JSON or does not describe a valid value
   */
  public static <T> Document<T> read(String source, String text, Class<T> type) {
    try {
      T value = PeerledJson.read(text, type, source);
      return new Document<>(source, PeerledJson.read(text, JsonNode.class, source), value);
    } catch (JsonInputException e) {
      throw PeerFileException.of(e);
    }
  }

  private static <T> Document<T> readVersioned(
      String source, String text, Class<T> type, FileFormat format) {
    FormatMember member = new FormatMember();
    T value;
    JsonNode tree;
    try {
      value = PeerledJson.read(text, type, source, member);
      tree = PeerledJson.read(text, JsonNode.class, source);
    } catch (JsonInputException e) {
      throw PeerFileException.of(e);
    }
    String named = member.format();
    if (named != null) {
      checkFormat(source, named, format);
    }
    return new Document<>(source, tree, value);
  }

  /**
   * Checks the format a document names.
   *
   * @param source the file
   * @param named the format it names
   * @param format the format expected
   * @throws PeerFileException if it names another format or version
   */
  public static void checkFormat(String source, String named, FileFormat format) {
    if (!named.equals(format.id())) {
      throw new PeerFileException(
          source,
          "$.format",
          "'" + named + "' is not a format this version reads (" + format.id() + ")");
    }
  }
}
