package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.store.JsonLinesEventStore.RepairScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage is not a tear: a line that ends with a line end but does not check out is reported and
 * left alone, and {@link JsonLinesEventStore#repair} moves it aside on request.
 */
class DamagedLogTest {
  private static final GroupId GROUP = GroupId.of("town-hall");

  /** A running group, then contributions: 40 events. */
  private static final List<GroupEvent> LOG = Fixtures.longLog(GROUP, 40);

  @TempDir Path dir;

  private JsonLinesEventStore store() {
    return JsonLinesEventStore.builder(dir).plainText().build();
  }

  private Path file() {
    return dir.resolve("town-hall.jsonl");
  }

  /** Writes the log in appends ending at 30, 37 and 40: its last append has three records. */
  private byte[] write() throws IOException {
    try (JsonLinesEventStore s = store()) {
      s.append(GROUP, 0, LOG.subList(0, 30));
      s.append(GROUP, 30, LOG.subList(30, 37));
      s.append(GROUP, 37, LOG.subList(37, 40));
    }
    return Files.readAllBytes(file());
  }

  /** Returns the offset of the first byte of 1-based line {@code line}. */
  private static int lineStart(byte[] b, int line) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      while (b[at] != '\n') {
        at++;
      }
      at++;
    }
    return at;
  }

  /** Opens the store, expects damage at {@code line}, and checks that the file is unchanged. */
  private void assertDamageAt(long line, byte[] damaged, String what) throws IOException {
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThatThrownBy(() -> s.version(GROUP))
          .as(what)
          .isInstanceOfSatisfying(
              StoreRecordException.class,
              e -> {
                assertThat(e.file()).isEqualTo(file());
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.getMessage()).startsWith(file() + ", line " + line + ": ");
              });
      assertThat(s.recoveries()).as(what).isEmpty();
      assertThat(captured.warnings()).as(what).isEmpty();
    }
    assertThat(Files.readAllBytes(file())).as(what).isEqualTo(damaged);
  }

  @Test
  void should_report_any_flipped_byte_in_the_complete_last_record_and_cut_nothing()
      throws IOException {
    // given a log whose last record ends with its line end
    byte[] whole = write();
    int last = lineStart(whole, 40);

    // when any one byte of that record (but its line end) is flipped
    for (int at = last; at < whole.length - 1; at++) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x01;
      Files.write(file(), damaged);

      // then opening fails naming the file and line 40, and the file is left as it is
      assertDamageAt(40, damaged, "byte " + (at - last) + " of the last record flipped");
    }
  }

  @Test
  void should_report_a_damaged_last_line_followed_by_a_torn_record_and_cut_nothing()
      throws IOException {
    // given a damaged last line, then the start of a record without line end
    byte[] whole = write();
    byte[] damaged = Arrays.copyOf(whole, whole.length + 20);
    damaged[whole.length - 10] ^= 0x01;
    System.arraycopy(whole, lineStart(whole, 40), damaged, whole.length, 20);
    Files.write(file(), damaged);

    // then the damage is reported, and nothing is cut
    assertDamageAt(40, damaged, "damage, then a tear");
  }

  @Test
  void should_move_a_damaged_end_aside_and_reopen_at_the_last_whole_append() throws IOException {
    // given a log whose last append (lines 38 to 40) has a flipped byte in its last record, a
    // snapshot at its end, and a side file of an earlier repair
    byte[] whole = write();
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(GroupEngine.of(Fixtures.fixedClock()).replay(GROUP, LOG));
    }
    int from = lineStart(whole, 38);
    byte[] damaged = whole.clone();
    damaged[damaged.length - 5] ^= 0x01;
    Files.write(file(), damaged);
    Files.writeString(dir.resolve("town-hall.jsonl.damaged-1"), "earlier");

    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      // when it is repaired
      RepairReport r = s.repair(GROUP, RepairScope.DAMAGED_END).orElseThrow();

      // then the append's bytes are in a new side file, and the report says what they held
      Path side = dir.resolve("town-hall.jsonl.damaged-2");
      assertThat(r.movedTo()).isEqualTo(side);
      assertThat(Files.readAllBytes(side))
          .isEqualTo(Arrays.copyOfRange(damaged, from, damaged.length));
      assertThat(Files.readString(dir.resolve("town-hall.jsonl.damaged-1"))).isEqualTo("earlier");
      assertThat(r.group()).isEqualTo(GROUP);
      assertThat(r.file()).isEqualTo(file());
      assertThat(r.damagedLine()).isEqualTo(40);
      assertThat(r.reason()).startsWith("checksum mismatch (stored ");
      assertThat(r.fromLine()).isEqualTo(38);
      assertThat(r.lines()).isEqualTo(3);
      assertThat(r.bytes()).isEqualTo(damaged.length - from);
      assertThat(r.keptVersion()).isEqualTo(37);
      assertThat(r.visibleSequences()).containsExactly(38L, 39L);
      assertThat(r.toString())
          .isEqualTo(
              file()
                  + ", line 40: "
                  + r.reason()
                  + "; moved lines 38 to 40 ("
                  + r.bytes()
                  + " bytes) to "
                  + side
                  + "; records that still check out among them: 38 to 39; group town-hall is at"
                  + " version 37");
      assertThat(captured.warnings()).containsExactly("repaired " + r);

      // and the log holds its first 37 events, and takes the next append
      assertThat(s.read(GROUP)).isEqualTo(LOG.subList(0, 37));
      assertThat(s.append(GROUP, 37, LOG.subList(37, 40))).isEqualTo(40);
    }
    assertThat(Files.readAllBytes(file())).isEqualTo(whole);
  }

  @Test
  void should_ignore_a_snapshot_beyond_a_repaired_log() throws IOException {
    // given a snapshot at the end of a log whose last record is damaged
    byte[] whole = write();
    try (JsonLinesEventStore s = store()) {
      s.saveSnapshot(GroupEngine.of(Fixtures.fixedClock()).replay(GROUP, LOG));
    }
    whole[whole.length - 5] ^= 0x01;
    Files.write(file(), whole);

    // when the log is repaired, then the snapshot is ignored
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      assertThat(s.repair(GROUP, RepairScope.DAMAGED_END)).isPresent();
      Optional<GroupState> loaded = s.loadSnapshot(GROUP);
      assertThat(loaded).isEmpty();
      assertThat(captured.warnings())
          .last()
          .asString()
          .contains("snapshot ignored (it is at version 40, but the log ends at version 37)");
    }
  }

  @Test
  void should_refuse_to_repair_damage_in_the_middle_unless_asked_to_move_what_follows()
      throws IOException {
    // given a flipped byte in line 33, inside the append of lines 31 to 37
    byte[] whole = write();
    byte[] damaged = whole.clone();
    damaged[lineStart(whole, 33) + 60] ^= 0x01;
    Files.write(file(), damaged);
    assertDamageAt(33, damaged, "damage in the middle");

    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      // when the damaged end is to be repaired, then it is refused, and nothing changes
      assertThatThrownBy(() -> s.repair(GROUP, RepairScope.DAMAGED_END))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(file() + ", line 33: checksum mismatch (stored ")
          .hasMessageEndingWith(
              "; the damage is not at the end: 7 records after it check out. Nothing was changed;"
                  + " a repair FROM_DAMAGE would move them aside with the damage");
      assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
      assertThat(dir.resolve("town-hall.jsonl.damaged-1")).doesNotExist();

      // when the caller asks for everything from the damage, then it is moved and reported
      RepairReport r = s.repair(GROUP, RepairScope.FROM_DAMAGE).orElseThrow();
      assertThat(r.fromLine()).isEqualTo(31);
      assertThat(r.lines()).isEqualTo(10);
      assertThat(r.keptVersion()).isEqualTo(30);
      assertThat(r.visibleSequences()).containsExactly(31L, 32L, 34L, 35L, 36L, 37L, 38L, 39L, 40L);
      assertThat(r.toString())
          .contains("records that still check out among them: 31 to 32, 34 to 40;");
      assertThat(s.read(GROUP)).isEqualTo(LOG.subList(0, 30));
      assertThat(captured.warnings()).hasSize(1);
    }
    assertThat(Files.readAllBytes(dir.resolve("town-hall.jsonl.damaged-1")))
        .isEqualTo(Arrays.copyOfRange(damaged, lineStart(whole, 31), damaged.length));
  }

  @Test
  void should_have_nothing_to_repair_in_a_sound_log_or_no_log() throws IOException {
    // given a sound log with a torn record at its end
    byte[] whole = write();
    Files.write(file(), Arrays.copyOf(whole, whole.length - 3));

    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      // then a repair moves nothing: the torn append is cut off as on any opening
      assertThat(s.repair(GROUP, RepairScope.DAMAGED_END)).isEmpty();
      assertThat(s.recoveries()).hasSize(1);
      assertThat(s.version(GROUP)).isEqualTo(37);
      assertThat(s.repair(GROUP, RepairScope.FROM_DAMAGE)).isEmpty();
      assertThat(s.repair(GroupId.of("nobody"), RepairScope.DAMAGED_END)).isEmpty();
      assertThat(captured.warnings()).hasSize(1);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("town-hall.jsonl");
    }
  }

  @Test
  void should_report_garbage_as_the_last_line() throws IOException {
    // given a log that ends with a line of garbage
    byte[] whole = write();
    byte[] damaged = Arrays.copyOf(whole, whole.length + 8);
    System.arraycopy("garbage\n".getBytes(StandardCharsets.US_ASCII), 0, damaged, whole.length, 8);
    Files.write(file(), damaged);

    // then it is damage at line 41, and a repair moves only that line
    assertDamageAt(41, damaged, "garbage");
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore s = store()) {
      RepairReport r = s.repair(GROUP, RepairScope.DAMAGED_END).orElseThrow();
      assertThat(r.reason()).isEqualTo("not a Peerled event record: \"garbage\"");
      assertThat(r.bytes()).isEqualTo(8);
      assertThat(r.visibleSequences()).isEmpty();
      assertThat(r.toString()).contains("records that still check out among them: none;");
      assertThat(s.read(GROUP)).isEqualTo(LOG);
      assertThat(captured.warnings()).hasSize(1);
    }
  }
}
