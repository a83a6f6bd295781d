package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory with a group's log and its snapshot, a long log to take snapshots of, and the check
 * that a snapshot is ignored, for the tests of the file store's snapshots.
 */
abstract class SnapshotFileTestBase {
  static final GroupId GROUP = GroupId.of("town-hall");
  static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  static final Pattern RECORD_CRC = Pattern.compile("\"crc\":\"([0-9a-f]{8})\"");

  /** 3000 events: a running group, then contributions; crosses two strides of the index. */
  static final List<GroupEvent> LONG = Fixtures.longLog(GROUP, 3000);

  @TempDir Path dir;

  static GroupState stateAt(List<GroupEvent> log, int version) {
    return ENGINE.replay(GROUP, log.subList(0, version));
  }

  JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).build();
  }

  Path log() {
    return dir.resolve("town-hall.jsonl");
  }

  Path snapshot() {
    return dir.resolve("town-hall.jsonl.snapshot");
  }

  Path temp() {
    return dir.resolve("town-hall.jsonl.snapshot.tmp");
  }

  /** Writes a log in appends that end at the given versions, and then the rest in one. */
  void writeInAppends(List<GroupEvent> log, int... ends) {
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
  void writeWithSnapshot(List<GroupEvent> log, int version) {
    writeInAppends(log, version);
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(stateAt(log, version));
    }
  }

  /** Returns the checksum the log's record {@code seq} carries, as written in the file. */
  int recordCrc(long seq) throws IOException {
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
  void assertIgnored(String reason) {
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

  void rewriteSnapshot(UnaryOperator<String> change) throws IOException {
    Files.writeString(snapshot(), change.apply(Files.readString(snapshot())));
  }
}
