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
    GroupEngine engine = GroupEngine.create(Fixtures.fixedClock());
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

  static String record(int version, long seq, String eventJson) {
    CRC32C crc = new CRC32C();
    byte[] b = eventJson.getBytes(StandardCharsets.UTF_8);
    crc.update(b, 0, b.length);
    return String.format(
        "{\"v\":%d,\"seq\":%d,\"crc\":\"%08x\",\"event\":%s}",
        version, seq, crc.getValue(), eventJson);
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
  void should_write_one_checksummed_record_per_line() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = write(events);
    assertThat(lines).hasSize(events.size());
    String json = PeerledJson.write(events.get(0));
    assertThat(lines.get(0)).isEqualTo(record(1, 1, json));
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
    List<GroupEvent> events = events();
    List<String> lines = write(events);
    String last = lines.get(lines.size() - 1);
    List<String> kept = lines.subList(0, lines.size() - 1);
    rewrite(kept, last.substring(0, last.length() / 2));

    try (JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(events.size() - 1);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, events.size() - 1));
      assertThat(s.recoveries()).hasSize(1);
      RecoveryReport r = s.recoveries().get(0);
      assertThat(r.file()).isEqualTo(file());
      assertThat(r.line()).isEqualTo(events.size());
      assertThat(r.keptVersion()).isEqualTo(events.size() - 1);
      assertThat(r.reason()).isEqualTo("the last record has no line end");
      assertThat(r.toString())
          .startsWith(file() + ", line " + events.size() + ": cut off a torn last record");
    }
    assertThat(Files.readAllLines(file())).isEqualTo(kept);
  }

  @Test
  void should_cut_off_a_truncated_file_at_its_last_whole_record() throws IOException {
    List<GroupEvent> events = events();
    write(events);
    byte[] all = Files.readAllBytes(file());
    Files.write(file(), java.util.Arrays.copyOf(all, all.length * 2 / 3));

    try (JsonLinesEventStore s = store()) {
      long kept = s.version(GROUP);
      assertThat(kept).isBetween(1L, (long) events.size() - 1);
      assertThat(s.read(GROUP)).isEqualTo(events.subList(0, (int) kept));
      assertThat(s.recoveries())
          .singleElement()
          .extracting(RecoveryReport::line)
          .isEqualTo(kept + 1);
      s.append(GROUP, kept, events.subList((int) kept, events.size()));
    }
    try (JsonLinesEventStore s = store()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
    }
  }

  @Test
  void should_cut_off_a_last_line_with_a_bad_checksum() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("\"alice\"", "\"alicf\""));
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(last);
      assertThat(s.recoveries().get(0).reason())
          .startsWith("the last line does not check out: checksum mismatch (stored ");
      assertThat(s.recoveries().get(0).preview())
          .isEqualTo("\"" + lines.get(last).substring(0, 80) + "...\"");
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
    lines.set(last, record(99, last + 1, PeerledJson.write(events.get(last))));
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(
              file()
                  + ", line "
                  + (last + 1)
                  + ": schema version 99 is newer than this release reads (up to 1); read the"
                  + " file with the release that wrote it or a later one");
    }
  }

  @Test
  void should_refuse_a_break_in_the_sequence_numbers() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    lines.remove(1);
    rewrite(lines, "");

    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.read(GROUP))
          .isInstanceOf(StoreRecordException.class)
          .hasMessage(file() + ", line 2: sequence number 3 breaks the log: expected 2");
    }
  }

  @Test
  void should_name_the_json_path_of_an_event_that_does_not_parse() throws IOException {
    List<GroupEvent> events = events();
    List<String> lines = new ArrayList<>(write(events));
    String json = PeerledJson.write(events.get(0)).replace("\"GroupFounded\"", "\"GroupFoundedd\"");
    lines.set(0, record(1, 1, json));
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
        lines.set(i, record(0, i + 1, oldMemberJoined(m)));
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
      GroupEngine engine = GroupEngine.create(Fixtures.fixedClock());
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
