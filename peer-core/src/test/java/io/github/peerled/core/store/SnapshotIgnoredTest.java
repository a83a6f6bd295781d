package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way a snapshot is refused when it is loaded: damaged, cut short, of another version, log or
 * group, ahead of its log, or pointing inside an append. Each is ignored with one warning and the
 * group is read from its log.
 */
class SnapshotIgnoredTest extends SnapshotFileTestBase {
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
}
