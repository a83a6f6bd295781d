package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file store's log: what it writes, that it reads it back, and the clear error (file, line,
 * reason) for a record it cannot read. Recovery from a torn tail is {@link TornTailRecoveryTest}'s.
 */
class JsonLinesEventStoreTest extends JsonLinesLogTestBase {
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
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir).plainText().addUpcaster(RENAME_ACK).build()) {
      assertThat(s.read(GROUP)).isEqualTo(events);
    }
  }

  @Test
  void should_refuse_two_upcasters_for_one_version() {
    JsonLinesEventStore.Builder b =
        JsonLinesEventStore.builder(dir)
            .plainText()
            .addUpcaster(RENAME_ACK)
            .addUpcaster(RENAME_ACK);
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
