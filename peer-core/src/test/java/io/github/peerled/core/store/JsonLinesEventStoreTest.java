package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesEventStoreTest {
  private static final GroupId GROUP = GroupId.of("town-hall");

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

  private JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).build();
  }

  private Path file() {
    return dir.resolve("town-hall.jsonl");
  }

  private List<String> write(List<GroupEvent> events) throws IOException {
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, events);
    }
    return Files.readAllLines(file());
  }

  private void rewrite(List<String> lines, String tail) throws IOException {
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
  private void assertReadFails(String message) {
    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(message);
    }
  }

  /** Writes the events in appends of the given sizes, then the rest in one; returns the lines. */
  private List<String> writeInAppends(List<GroupEvent> events, int... sizes) throws IOException {
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

  @Test
  void should_read_back_what_it_appended_after_reopening() {
    List<GroupEvent> events = events();
    try (JsonLinesEventStore s = store()) {
      assertThat(s.append(GROUP, 0, events.subList(0, 3))).isEqualTo(3);
      assertThat(s.append(GROUP, 3, events.subList(3, events.size()))).isEqualTo(events.size());
    }
    try (JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(events.size());
      assertThat(s.read(GROUP)).isEqualTo(events);
      assertThat(s.read(GROUP, 2, 4)).isEqualTo(events.subList(1, 4));
      assertThat(s.groups()).containsExactly(GROUP);
      assertThat(s.recoveries()).isEmpty();
    }
  }

  @Test
  void should_write_one_checksummed_record_per_line_framed_by_its_append() throws IOException {
    // given the events of a running group, appended as one event and then all the others
    List<GroupEvent> events = events();
    int n = events.size() - 1;
    List<String> lines = writeInAppends(events, 1);

    // then each line is a record that says which of its append's records it is
    assertThat(lines).hasSize(events.size());
    assertThat(lines.get(0)).isEqualTo(record(1, 1, 1, PeerledJson.write(events.get(0))));
    assertThat(lines.get(1)).isEqualTo(record(2, n, 1, PeerledJson.write(events.get(1))));
    assertThat(lines.get(n)).isEqualTo(record(n + 1, n, n, PeerledJson.write(events.get(n))));
  }

  @Test
  void should_refuse_an_append_that_expects_another_version() {
    List<GroupEvent> events = events();
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, events.subList(0, 2));
      assertThatThrownBy(() -> s.append(GROUP, 1, events.subList(1, 2)))
          .isInstanceOf(VersionConflictException.class)
          .hasMessage("group town-hall: expected version 1, but the log is at version 2");
      assertThat(s.version(GROUP)).isEqualTo(2);
    }
  }

  @Test
  void should_cut_off_a_last_record_without_line_end_and_report_it() throws IOException {
    // given a log whose last append, of one record, lost its second half
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 1);
    String last = lines.get(n - 1);
    List<String> kept = lines.subList(0, n - 1);
    rewrite(kept, last.substring(0, last.length() / 2));

    // then that record is cut off and reported
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(n - 1);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 1));
      assertThat(s.recoveries()).hasSize(1);
      RecoveryReport r = s.recoveries().get(0);
      assertThat(r.file()).isEqualTo(file());
      assertThat(r.line()).isEqualTo(n);
      assertThat(r.keptVersion()).isEqualTo(n - 1);
      assertThat(r.cutBytes()).isEqualTo(last.length() / 2);
      assertThat(r.reason()).isEqualTo("the last record has no line end");
      assertThat(r.preview()).isEqualTo("\"" + last.substring(0, 80) + "...\"");
      assertThat(r.toString()).startsWith(file() + ", line " + n + ": cut off a torn append (");
      assertThat(captured.warnings()).containsExactly(r.toString());
    }
    assertThat(Files.readAllLines(file())).isEqualTo(kept);
  }

  @Test
  void should_cut_off_the_whole_last_append_when_its_last_record_has_no_line_end()
      throws IOException {
    // given a log whose last append, of three records, lost half of its third record
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 3);
    String last = lines.get(n - 1);
    List<String> kept = lines.subList(0, n - 3);
    rewrite(lines.subList(0, n - 1), last.substring(0, last.length() / 2));

    // then the two whole records of that append are cut off with the torn one
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 3));
      RecoveryReport r = s.recoveries().get(0);
      assertThat(r.line()).isEqualTo(n - 2);
      assertThat(r.keptVersion()).isEqualTo(n - 3);
      assertThat(r.reason())
          .isEqualTo("the last append has 2 whole records of 3, then a record without line end");
      assertThat(captured.warnings()).containsExactly(r.toString());
    }
    assertThat(Files.readAllLines(file())).isEqualTo(kept);
  }

  @Test
  void should_cut_off_an_append_that_lost_its_last_records_at_a_line_end() throws IOException {
    // given a log whose last append, of three records, lost its third record whole
    List<GroupEvent> events = events();
    int n = events.size();
    List<String> lines = writeInAppends(events, n - 3);
    rewrite(lines.subList(0, n - 1), "");

    // then the append's two records are cut off
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, n - 3));
      assertThat(s.recoveries())
          .singleElement()
          .extracting(RecoveryReport::reason)
          .isEqualTo("the last append has 2 whole records of 3");
      assertThat(captured.warnings()).hasSize(1);
    }
    assertThat(Files.readAllLines(file())).isEqualTo(lines.subList(0, n - 3));
  }

  @Test
  void should_cut_off_a_truncated_file_at_its_last_whole_append() throws IOException {
    // given a log of appends of one to three records, cut at two thirds of its bytes
    List<GroupEvent> events = events();
    writeInAppends(events, 1, 2, 3, 1, 2, 3);
    byte[] all = Files.readAllBytes(file());
    Files.write(file(), java.util.Arrays.copyOf(all, all.length * 2 / 3));

    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      // then it is cut back to the end of an append
      long kept = s.version(GROUP);
      assertThat(kept).isIn(1L, 3L, 6L, 7L, 9L, 12L);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, (int) kept));
      assertThat(s.recoveries())
          .singleElement()
          .extracting(RecoveryReport::line)
          .isEqualTo(kept + 1);
      assertThat(captured.warnings()).hasSize(1);
      s.append(GROUP, kept, events.subList((int) kept, events.size()));
    }
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
    }
  }

  @Test
  void should_open_a_file_of_format_1_and_append_after_it_in_format_2() throws IOException {
    // given a file that an earlier release wrote: every record an append of its own
    List<GroupEvent> events = events();
    List<String> old = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      old.add(formatOneRecord(1, i + 1, PeerledJson.write(events.get(i))));
    }
    rewrite(old, "");

    // when it is opened, read and appended to
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, 5));
      s.append(GROUP, 5, events.subList(5, events.size()));
    }

    // then its records stay as they are, the new ones follow in format 2, and all read back
    List<String> lines = Files.readAllLines(file());
    assertThat(lines.subList(0, 5)).isEqualTo(old);
    assertThat(lines.get(5))
        .isEqualTo(record(6, events.size() - 5, 1, PeerledJson.write(events.get(5))));
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
      assertThat(s.recoveries()).isEmpty();
    }
  }

  @Test
  void should_cut_off_only_the_torn_last_record_of_a_file_of_format_1() throws IOException {
    // given a file of format 1 whose last record lost its second half
    List<GroupEvent> events = events();
    List<String> old = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      old.add(formatOneRecord(1, i + 1, PeerledJson.write(events.get(i))));
    }
    String last = old.get(old.size() - 1);
    rewrite(old.subList(0, old.size() - 1), last.substring(0, last.length() / 2));

    // then only that record is cut off: each record of format 1 is an append of its own
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, events.size() - 1));
      assertThat(s.recoveries()).hasSize(1);
      assertThat(captured.warnings()).hasSize(1);
    }
  }

  @Test
  void should_name_file_line_and_reason_for_garbage_in_the_middle() throws IOException {
    List<String> lines = new ArrayList<>(write(events()));
    lines.set(1, "garbage");
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.version(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(file() + ", line 2: not a Peerled event record: \"garbage\"")
          .satisfies(
              e -> {
                StoreRecordException x = (StoreRecordException) e;
                assertThat(x.file()).isEqualTo(file());
                assertThat(x.line()).isEqualTo(2);
              });
    }
    assertThat(Files.readAllLines(file())).hasSize(lines.size());
  }

  @Test
  void should_name_file_and_line_of_a_checksum_mismatch_in_the_middle() throws IOException {
    List<String> lines = new ArrayList<>(write(events()));
    lines.set(2, lines.get(2).replace("\"sequence\":3", "\"sequence\":4"));
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessageStartingWith(file() + ", line 3: checksum mismatch (stored ");
    }
  }

  @Test
  void should_refuse_a_record_from_an_unknown_schema_version() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    int last = lines.size() - 1;
    lines.set(
        last,
        recordOfSchema(99, last + 1, last + 1, last + 1, PeerledJson.write(events.get(last))));
    rewrite(lines, "");

    assertReadFails(
        file()
            + ", line "
            + (last + 1)
            + ": schema version 99 is newer than this release reads (up to 1); read the"
            + " file with the release that wrote it or a later one");
  }

  @Test
  void should_refuse_a_record_of_an_unknown_format() throws IOException {
    List<String> lines = new ArrayList<>(write(events()));
    lines.set(1, lines.get(1).replace("{\"f\":2,", "{\"f\":3,"));
    rewrite(lines, "");

    assertReadFails(
        file()
            + ", line 2: record format 3 is not one this release reads (1 and 2); read the"
            + " file with the release that wrote it or a later one");
  }

  @Test
  void should_refuse_a_break_in_the_framing_of_an_append() throws IOException {
    // given a log of two appends of three, whose fourth line is moved to the end
    List<GroupEvent> events = events().subList(0, 6);
    List<String> lines = new ArrayList<>(writeInAppends(events, 3));
    String fourth = record(4, 1, 1, PeerledJson.write(events.get(3)));
    lines.set(3, fourth);
    rewrite(lines, "");

    // then the fifth line, record 2 of an append of 3 after a whole append, is an error
    assertReadFails(file() + ", line 5: record 2 of an append of 3 follows a whole append");

    // and so is a record of format 1 inside an append
    lines.set(3, record(4, 3, 1, PeerledJson.write(events.get(3))));
    lines.set(4, formatOneRecord(1, 5, PeerledJson.write(events.get(4))));
    rewrite(lines, "");
    assertReadFails(
        file()
            + ", line 5: record 1 of an append of 1 (format 1) breaks an append of 3:"
            + " expected its record 2");
  }

  @Test
  void should_refuse_a_break_in_the_sequence_numbers() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    lines.remove(1);
    rewrite(lines, "");

    assertReadFails(file() + ", line 2: sequence number 3 breaks the log: expected 2");
  }

  @Test
  void should_name_the_json_path_of_an_event_that_does_not_parse() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    String json = PeerledJson.write(events.get(0)).replace("\"GroupFounded\"", "\"GroupFoundedd\"");
    lines.set(0, record(1, lines.size(), 1, json));
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessageStartingWith(
              file() + ", line 1: the event does not parse: at $: unknown type 'GroupFoundedd'");
    }
  }

  /** An older shape of MemberJoined, where the acknowledged version was called "ackVersion". */
  private static String oldMemberJoined(MemberJoined e) {
    ObjectNode node = PeerledJson.newMapper().valueToTree(e);
    node.put("type", "MemberJoined");
    node.set("ackVersion", node.remove("acknowledgedVersion"));
    return node.toString();
  }

  private static final EventUpcaster RENAME_ACK =
      new EventUpcaster() {
        @Override
        public int fromVersion() {
          return 0;
        }

        @Override
        public ObjectNode upcast(ObjectNode event) {
          if (event.has("ackVersion")) {
            event.set("acknowledgedVersion", event.remove("ackVersion"));
          }
          return event;
        }
      };

  @Test
  void should_read_an_older_record_through_the_upcaster_chain() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    int at = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof MemberJoined m) {
        lines.set(i, recordOfSchema(0, i + 1, events.size(), i + 1, oldMemberJoined(m)));
        at = i;
      }
    }
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      int line = at + 1;
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(
              file()
                  + ", line "
                  + (line - 2)
                  + ": schema version 0 needs an upcaster from version 0 to 1, and none is"
                  + " registered");
    }
    try (JsonLinesEventStore s = JsonLinesEventStore.builder(dir).addUpcaster(RENAME_ACK).build()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
    }
  }

  @Test
  void should_refuse_two_upcasters_for_one_version() {
    JsonLinesEventStore.Builder b =
        JsonLinesEventStore.builder(dir).addUpcaster(RENAME_ACK).addUpcaster(RENAME_ACK);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two upcasters read schema version 0");
  }

  @Test
  void should_lock_a_group_file_against_a_second_store() {
    List<GroupEvent> events = events();
    try (JsonLinesEventStore first = store();
        JsonLinesEventStore second = store()) {
      first.append(GROUP, 0, events);
      assertThatThrownBy(() -> second.version(GROUP))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(file() + " is already open in another store of this process");
    }
  }

  @Test
  void should_keep_ids_that_differ_only_in_case_apart() {
    GroupId upper = GroupId.of("Town-Hall");
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, events());
      GroupEngine engine = GroupEngine.of(Fixtures.fixedClock());
      GroupEvent founded =
          engine.decide(GroupState.initial(upper), Fixtures.found()).events().get(0);
      s.append(upper, 0, List.of(founded));
      assertThat(s.groups()).containsExactly(upper, GROUP);
      assertThat(dir.resolve("^town-^hall.jsonl")).exists();
      assertThat(s.read(upper)).containsExactly(founded);
    }
  }

  @Test
  void should_read_any_range_of_a_long_log() {
    List<GroupEvent> log = Fixtures.longLog(GROUP, 3000);
    try (JsonLinesEventStore st = store()) {
      st.append(GROUP, 0, log.subList(0, 1500));
      st.append(GROUP, 1500, log.subList(1500, log.size()));
      assertThat(st.read(GROUP, 1024, 1026)).isEqualTo(log.subList(1023, 1026));
    }
    try (JsonLinesEventStore st = store()) {
      assertThat(st.read(GROUP, 2049, 2100)).isEqualTo(log.subList(2048, 2100));
      assertThat(st.read(GROUP, 2999, Long.MAX_VALUE)).isEqualTo(log.subList(2998, log.size()));
      assertThat(st.read(GROUP, 5000, 6000)).isEmpty();
    }
  }
}
