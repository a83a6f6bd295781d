package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store's snapshots: their format, and every way a snapshot is refused. */
class SnapshotFileTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final Pattern RECORD_CRC = Pattern.compile("\"crc\":\"([0-9a-f]{8})\"");

  /** 3000 events: a running group, then contributions; crosses two strides of the index. */
  private static final List<GroupEvent> LONG = Fixtures.longLog(GROUP, 3000);

  @TempDir Path dir;

  private static GroupState stateAt(List<GroupEvent> log, int version) {
    return ENGINE.replay(GROUP, log.subList(0, version));
  }

  private JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).build();
  }

  private Path log() {
    return dir.resolve("town-hall.jsonl");
  }

  private Path snapshot() {
    return dir.resolve("town-hall.jsonl.snapshot");
  }

  private Path temp() {
    return dir.resolve("town-hall.jsonl.snapshot.tmp");
  }

  /** Writes a log in appends that end at the given versions, and then the rest in one. */
  private void writeInAppends(List<GroupEvent> log, int... ends) {
    try (JsonLinesEventStore s = store()) {
      int at = 0;
      for (int end : ends) {
        s.append(GROUP, at, log.subList(at, end));
        at = end;
      }
      if (at < log.size()) {
        s.append(GROUP, at, log.subList(at, log.size()));
      }
    }
  }

  /** Writes a log in two appends, the first ending at {@code version}, and a snapshot there. */
  private void writeWithSnapshot(List<GroupEvent> log, int version) {
    writeInAppends(log, version);
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(stateAt(log, version));
    }
  }

  /** Returns the checksum the log's record {@code seq} carries, as written in the file. */
  private int recordCrc(long seq) throws IOException {
    String line = Files.readAllLines(log()).get((int) seq - 1);
    Matcher m = RECORD_CRC.matcher(line);
    assertThat(m.find()).as(line).isTrue();
    return Integer.parseUnsignedInt(m.group(1), 16);
  }

  static String snapshotLine(int version, long seq, int eventCrc, String stateJson) {
    CRC32C crc = new CRC32C();
    byte[] b = stateJson.getBytes(StandardCharsets.UTF_8);
    crc.update(b, 0, b.length);
    return String.format(
        "{\"v\":%d,\"seq\":%d,\"eventCrc\":\"%08x\",\"crc\":\"%08x\",\"state\":%s}\n",
        version, seq, eventCrc, crc.getValue(), stateJson);
  }

  /**
   * Damages the snapshot, reopens the store and checks that the snapshot is ignored with one
   * warning naming the file and the reason, that the log still reads in full, and that the snapshot
   * file is left in place.
   */
  private void assertIgnored(String reason) {
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      long version = s.version(GROUP);
      Optional<GroupState> loaded = s.loadSnapshot(GROUP);

      assertThat(loaded).isEmpty();
      assertThat(captured.warnings())
          .filteredOn(w -> w.startsWith(snapshot() + ": snapshot ignored ("))
          .singleElement()
          .asString()
          .contains(reason)
          .endsWith("); group town-hall is read from its log");
      assertThat(s.read(GROUP)).hasSize((int) version);
    }
    assertThat(snapshot()).exists();
  }

  private void rewriteSnapshot(UnaryOperator<String> change) throws IOException {
    Files.writeString(snapshot(), change.apply(Files.readString(snapshot())));
  }

  @Test
  void should_write_one_line_with_the_state_its_checksum_and_its_records_checksum()
      throws IOException {
    // given a log of 3000 events
    // when a snapshot is saved at version 2500
    writeWithSnapshot(LONG, 2500);

    // then the snapshot file is one line tied to record 2500 by that record's checksum
    String expected =
        snapshotLine(1, 2500, recordCrc(2500), PeerledJson.write(stateAt(LONG, 2500)));
    assertThat(Files.readString(snapshot())).isEqualTo(expected);
    assertThat(temp()).doesNotExist();
  }

  @Test
  void should_load_the_state_it_saved_at_any_record_of_a_long_log() {
    // given a log of 3000 events, each appended on its own
    try (JsonLinesEventStore s =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).build()) {
      for (int i = 0; i < LONG.size(); i++) {
        s.append(GROUP, i, LONG.subList(i, i + 1));
      }
    }
    GroupState full = stateAt(LONG, LONG.size());
    qt().withFixedSeed(20260107L)
        .withExamples(60)
        .forAll(integers().between(1, LONG.size()))
        .checkAssert(
            version -> {
              // when a snapshot is saved at that version and the store is reopened
              GroupState expected = stateAt(LONG, version);
              try (JsonLinesEventStore s = store()) {
                s.saveSnapshot(expected);
              }
              try (JsonLinesEventStore s = store()) {
                // then it loads that exact state, and folding the rest gives the full replay
                GroupState loaded = s.loadSnapshot(GROUP).orElseThrow();
                assertThat(loaded).isEqualTo(expected);
                GroupEngine.Replayer r = ENGINE.replayer(loaded);
                s.forEach(GROUP, version + 1, Long.MAX_VALUE, r);
                assertThat(r.state()).isEqualTo(full);
              }
            });
    // and the edges of the index's strides, every time
    for (int version : new int[] {1, 1024, 1025, 2048, 2049, LONG.size()}) {
      try (JsonLinesEventStore s = store()) {
        s.saveSnapshot(stateAt(LONG, version));
      }
      try (JsonLinesEventStore s = store()) {
        assertThat(s.loadSnapshot(GROUP)).as("at %d", version).contains(stateAt(LONG, version));
      }
    }
  }

  @Test
  void should_find_no_snapshot_where_none_was_saved() {
    // given a log and no snapshot
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LONG.subList(0, 10));
    }

    // when it is reopened, then there is no snapshot, and nothing is said about it
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.loadSnapshot(GROUP)).isEmpty();
      assertThat(s.loadSnapshot(GroupId.of("nobody"))).isEmpty();
      assertThat(captured.warnings()).isEmpty();
    }
  }

  @Test
  void should_ignore_garbage() throws IOException {
    // given a snapshot overwritten with garbage
    writeWithSnapshot(LONG.subList(0, 50), 40);
    Files.writeString(snapshot(), "garbage\n");

    // then it is ignored with a warning
    assertIgnored("not a Peerled snapshot: \"garbage\"");
  }

  @Test
  void should_ignore_an_empty_file() throws IOException {
    // given an empty snapshot file
    writeWithSnapshot(LONG.subList(0, 50), 40);
    Files.write(snapshot(), new byte[0]);

    // then it is ignored with a warning
    assertIgnored("the file is empty");
  }

  @Test
  void should_ignore_a_flipped_byte_in_the_state() throws IOException {
    // given a snapshot with one byte of its state changed
    writeWithSnapshot(LONG.subList(0, 50), 40);
    byte[] b = Files.readAllBytes(snapshot());
    int at = new String(b, StandardCharsets.UTF_8).indexOf("Town Hall Diabetes");
    assertThat(at).isPositive();
    b[at] ^= 0x01;
    Files.write(snapshot(), b);

    // then its checksum does not match, and it is ignored
    assertIgnored("checksum mismatch (stored ");
  }

  @Test
  void should_ignore_a_wrong_checksum() throws IOException {
    // given a snapshot whose checksum was changed
    writeWithSnapshot(LONG.subList(0, 50), 40);
    rewriteSnapshot(s -> s.replaceFirst("\"crc\":\"[0-9a-f]{8}\"", "\"crc\":\"00000000\""));

    // then it is ignored
    assertIgnored("checksum mismatch (stored 00000000, computed ");
  }

  @Test
  void should_ignore_a_snapshot_cut_short() throws IOException {
    // given a snapshot without its end, as a copy cut short would leave it
    writeWithSnapshot(LONG.subList(0, 50), 40);
    byte[] b = Files.readAllBytes(snapshot());
    Files.write(snapshot(), Arrays.copyOf(b, b.length / 2));

    // then it is ignored
    assertIgnored("it does not end with a line end (a write was cut short)");
  }

  @Test
  void should_ignore_a_snapshot_of_an_unknown_version() throws IOException {
    // given a snapshot that a later release wrote: version 2, otherwise intact
    writeWithSnapshot(LONG.subList(0, 50), 40);
    rewriteSnapshot(s -> s.replaceFirst("^\\{\"v\":1,", "{\"v\":2,"));

    // then this release does not read it
    assertIgnored("snapshot version 2 is not the one this release reads (1)");
  }

  @Test
  void should_ignore_a_snapshot_of_another_log() throws IOException {
    // given a snapshot of one log at version 40
    writeWithSnapshot(LONG.subList(0, 50), 40);
    int crc40 = recordCrc(40);
    Path saved = Files.copy(snapshot(), dir.resolve("saved"));
    // and another log of the same group, where Carol speaks instead of Bob
    Files.delete(snapshot());
    Files.delete(log());
    GroupState s = stateAt(LONG, 20);
    List<GroupEvent> other = new ArrayList<>(LONG.subList(0, 20));
    while (other.size() < 50) {
      GroupEngine.Applied a = ENGINE.apply(s, Fixtures.say(Fixtures.CAROL, "s1", "other"));
      other.addAll(a.result().events());
      s = a.state();
    }
    try (JsonLinesEventStore st = store()) {
      st.append(GROUP, 0, other);
    }
    // when the first log's snapshot is put beside the second log
    Files.move(saved, snapshot());

    // then record 40 does not match, and the snapshot is ignored
    assertIgnored(
        String.format(
            "it belongs to another log: it expects record 40 to have checksum %08x, the log's has",
            crc40));
  }

  @Test
  void should_ignore_a_snapshot_ahead_of_a_log_cut_by_torn_tail_recovery() throws IOException {
    // given a snapshot at the end of an append of three records, and its last record torn
    writeInAppends(LONG.subList(0, 50), 47);
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(stateAt(LONG, 50));
    }
    byte[] b = Files.readAllBytes(log());
    Files.write(log(), Arrays.copyOf(b, b.length - 10));

    // then the whole append is cut off and the snapshot, now ahead of the log, is ignored
    assertIgnored("it is at version 50, but the log ends at version 47");
    try (JsonLinesEventStore s = store()) {
      assertThat(s.version(GROUP)).isEqualTo(47);
    }
  }

  @Test
  void should_ignore_a_snapshot_ahead_of_a_truncated_log() throws IOException {
    // given a snapshot at 45, and a log truncated to its first 30 records, a whole append
    writeInAppends(LONG.subList(0, 50), 30, 45);
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(stateAt(LONG, 45));
    }
    List<String> lines = Files.readAllLines(log());
    Files.writeString(log(), String.join("\n", lines.subList(0, 30)) + "\n");

    // then the snapshot is ignored (there is no torn record: the log is simply shorter)
    assertIgnored("it is at version 45, but the log ends at version 30");
  }

  @Test
  void should_ignore_a_snapshot_once_its_record_was_cut_and_written_anew() throws IOException {
    // given a snapshot of the last record, appended on its own, and a crash that tore it
    writeWithSnapshot(LONG.subList(0, 50), 49);
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(stateAt(LONG, 50));
    }
    byte[] b = Files.readAllBytes(log());
    Files.write(log(), Arrays.copyOf(b, b.length - 10));
    // and another event appended as number 50 after recovery
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      GroupEngine.Applied a =
          ENGINE.apply(stateAt(LONG, 49), Fixtures.say(Fixtures.CAROL, "s1", "after the crash"));
      s.append(GROUP, 49, a.result().events());
      assertThat(captured.warnings()).hasSize(1);
    }

    // then the snapshot does not fit the new record 50, and is ignored
    assertIgnored("it belongs to another log: it expects record 50");
  }

  @Test
  void should_refuse_to_save_a_snapshot_inside_an_append() {
    // given a log of 50 events appended at once
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LONG.subList(0, 50));

      // then a state inside that append is refused, and its end is taken
      assertThatThrownBy(() -> s.saveSnapshot(stateAt(LONG, 40)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "group town-hall: a snapshot must end an append, but version 40 is record 40 of an"
                  + " append of 50 records");
      assertThat(snapshot()).doesNotExist();
      s.saveSnapshot(stateAt(LONG, 50));
      assertThat(s.loadSnapshot(GROUP)).contains(stateAt(LONG, 50));
    }
  }

  @Test
  void should_ignore_an_intact_snapshot_that_points_inside_an_append() throws IOException {
    // given a log of 50 events appended at once, and an intact snapshot tied to its record 40
    writeInAppends(LONG.subList(0, 50));
    String state = PeerledJson.write(stateAt(LONG, 40));
    Files.writeString(snapshot(), snapshotLine(1, 40, recordCrc(40), state));

    // then it is ignored
    assertIgnored("version 40 is record 40 of an append of 50 records");
  }

  @Test
  void should_ignore_a_snapshot_without_a_log() throws IOException {
    // given a snapshot whose log was removed
    writeWithSnapshot(LONG.subList(0, 50), 45);
    Files.delete(log());

    // then it is ignored
    assertIgnored("it is at version 45, but the log ends at version 0");
  }

  @Test
  void should_ignore_an_intact_snapshot_of_another_group() throws IOException {
    // given an intact snapshot, tied to record 40, whose state is of another group
    writeWithSnapshot(LONG.subList(0, 50), 40);
    String other =
        PeerledJson.write(stateAt(LONG, 40))
            .replace("\"groupId\":\"town-hall\"", "\"groupId\":\"x\"");
    Files.writeString(snapshot(), snapshotLine(1, 40, recordCrc(40), other));

    // then it is ignored
    assertIgnored("it holds the state of group x, not town-hall");
  }

  @Test
  void should_ignore_an_intact_snapshot_whose_state_is_at_another_version() throws IOException {
    // given an intact snapshot tied to record 39, which ends an append, that holds the state at 40
    writeInAppends(LONG.subList(0, 50), 39, 40);
    String state = PeerledJson.write(stateAt(LONG, 40));
    Files.writeString(snapshot(), snapshotLine(1, 39, recordCrc(39), state));

    // then it is ignored
    assertIgnored("its state is at version 40, its envelope says 39");
  }

  @Test
  void should_ignore_an_intact_snapshot_whose_state_does_not_parse() throws IOException {
    // given an intact snapshot whose state has a field this release does not know
    writeWithSnapshot(LONG.subList(0, 50), 40);
    String state = PeerledJson.write(stateAt(LONG, 40)).replaceFirst("^\\{", "{\"mood\":1,");
    Files.writeString(snapshot(), snapshotLine(1, 40, recordCrc(40), state));

    // then it is ignored
    assertIgnored("the state does not parse: at $.mood");
  }

  @Test
  void should_ignore_a_left_over_temporary_file_and_replace_it_on_the_next_save()
      throws IOException {
    // given a log without a snapshot, and a temporary file a crash left mid-save
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LONG.subList(0, 50));
    }
    Files.writeString(temp(), "{\"v\":1,\"seq\":50,\"ev");

    // when the store is reopened, then there is no snapshot, and no warning either
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.loadSnapshot(GROUP)).isEmpty();
      assertThat(captured.warnings()).isEmpty();
      assertThat(s.groups()).containsExactly(GROUP);

      // when a snapshot is saved, then the temporary file is gone and the snapshot loads
      s.saveSnapshot(stateAt(LONG, 50));
      assertThat(temp()).doesNotExist();
      assertThat(s.loadSnapshot(GROUP)).contains(stateAt(LONG, 50));
    }

    // and a temporary file beside an intact snapshot changes nothing
    Files.writeString(temp(), "garbage");
    try (JsonLinesEventStore s = store()) {
      assertThat(s.loadSnapshot(GROUP)).contains(stateAt(LONG, 50));
    }
  }

  @Test
  void should_keep_the_previous_snapshot_when_a_save_fails() throws IOException {
    // given a snapshot at 40, and a directory where the temporary file would go
    writeWithSnapshot(LONG.subList(0, 50), 40);
    Files.createDirectories(temp().resolve("blocker"));

    // when a snapshot at 50 cannot be written
    try (JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.saveSnapshot(stateAt(LONG, 50)))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith(snapshot() + ": cannot save a snapshot: ");

      // then the one at 40 still loads
      assertThat(s.loadSnapshot(GROUP)).contains(stateAt(LONG, 40));
    }
  }

  @Test
  void should_refuse_to_save_a_state_the_log_does_not_reach() {
    // given a log of 50 events
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LONG.subList(0, 50));

      // then states at 0, past the end, or of another group are refused
      assertThatThrownBy(() -> s.saveSnapshot(GroupState.initial(GROUP)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("group town-hall has versions 1 to 50 to take a snapshot of, not 0");
      List<GroupEvent> longer = LONG.subList(0, 51);
      assertThatThrownBy(() -> s.saveSnapshot(stateAt(longer, 51)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("group town-hall has versions 1 to 50 to take a snapshot of, not 51");
      assertThatThrownBy(() -> s.saveSnapshot(GroupState.initial(GroupId.of("other"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("group other has no events to take a snapshot of");
    }
    assertThat(snapshot()).doesNotExist();
  }

  @Test
  void should_refuse_snapshots_once_closed() {
    // given a closed store
    JsonLinesEventStore s = store();
    s.append(GROUP, 0, LONG.subList(0, 5));
    s.close();

    // then it neither loads nor saves snapshots
    assertThatThrownBy(() -> s.loadSnapshot(GROUP)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> s.saveSnapshot(stateAt(LONG, 5)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void should_keep_no_snapshots_in_memory() {
    // given the in-memory store with a log
    try (EventStore s = EventStore.inMemory()) {
      s.append(GROUP, 0, LONG.subList(0, 5));

      // when a snapshot is saved, then there is still none to load
      s.saveSnapshot(stateAt(LONG, 5));
      assertThat(s.loadSnapshot(GROUP)).isEmpty();
    }
  }
}
