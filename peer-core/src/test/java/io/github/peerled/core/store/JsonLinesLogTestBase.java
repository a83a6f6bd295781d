package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory with one group's log, the events of a running group, and records written by hand in
 * each format the file store reads, for the tests of that store.
 */
abstract class JsonLinesLogTestBase {
  static final GroupId GROUP = GroupId.of("town-hall");

  @TempDir Path dir;

  /** The events of a running group with three newcomers, decided by the engine. */
  static List<GroupEvent> events() {
    GroupEngine engine = GroupEngine.of(Fixtures.fixedClock());
    GroupState s = GroupState.initial(GROUP);
    List<GroupEvent> log = new ArrayList<>();
    for (GroupCommand c : Fixtures.running(3)) {
      GroupEngine.Applied a = engine.apply(s, c);
      assertThat(a.result().rejection()).as("%s", c).isEmpty();
      log.addAll(a.result().events());
      s = a.state();
    }
    return log;
  }

  JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).plainText().build();
  }

  Path file() {
    return dir.resolve("town-hall.jsonl");
  }

  List<String> write(List<GroupEvent> events) throws IOException {
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, events);
    }
    return Files.readAllLines(file());
  }

  void rewrite(List<String> lines, String tail) throws IOException {
    Files.writeString(file(), String.join("\n", lines) + "\n" + tail);
  }

  /** A record of today's format: record {@code index} of an append of {@code count}. */
  static String record(long seq, int count, int index, String eventJson) {
    return recordOfSchema(1, seq, count, index, eventJson);
  }

  /** A record of today's format, with an event of schema version {@code version}. */
  static String recordOfSchema(int version, long seq, int count, int index, String eventJson) {
    String head =
        String.format(
            "{\"f\":2,\"v\":%d,\"seq\":%d,\"n\":%d,\"i\":%d,\"crc\":\"",
            version, seq, count, index);
    String rest = "\",\"event\":" + eventJson + "}";
    CRC32C crc = new CRC32C();
    crc.update(head.getBytes(StandardCharsets.UTF_8));
    crc.update(rest.getBytes(StandardCharsets.UTF_8));
    return head + String.format("%08x", crc.getValue()) + rest;
  }

  /** A record of format 1, as releases before framed appends wrote it: an append of its own. */
  static String formatOneRecord(int version, long seq, String eventJson) {
    CRC32C crc = new CRC32C();
    byte[] b = eventJson.getBytes(StandardCharsets.UTF_8);
    crc.update(b, 0, b.length);
    return String.format(
        "{\"v\":%d,\"seq\":%d,\"crc\":\"%08x\",\"event\":%s}",
        version, seq, crc.getValue(), eventJson);
  }

  /** Reopens the store and checks that reading the group fails with exactly this message. */
  void assertReadFails(String message) {
    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(message);
    }
  }

  /** Writes the events in appends of the given sizes, then the rest in one; returns the lines. */
  List<String> writeInAppends(List<GroupEvent> events, int... sizes) throws IOException {
    try (JsonLinesEventStore s = store()) {
      int at = 0;
      for (int size : sizes) {
        s.append(GROUP, at, events.subList(at, at + size));
        at += size;
      }
      if (at < events.size()) {
        s.append(GROUP, at, events.subList(at, events.size()));
      }
    }
    return Files.readAllLines(file());
  }
}
