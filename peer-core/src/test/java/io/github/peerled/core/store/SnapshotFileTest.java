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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The file store's snapshots: their format, saving and loading them, and the saves it refuses. The
 * snapshots it ignores when it loads are {@link SnapshotIgnoredTest}'s.
 */
class SnapshotFileTest extends SnapshotFileTestBase {
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
