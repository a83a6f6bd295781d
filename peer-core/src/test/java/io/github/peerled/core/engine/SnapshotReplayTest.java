package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.RecordingStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a group from a snapshot of the file store gives exactly the state of a full replay, for
 * random groups and random snapshot points, and folds only the events after the snapshot.
 */
class SnapshotReplayTest {
  @TempDir Path dir;

  @Test
  void should_open_from_any_snapshot_to_the_state_of_a_full_replay() {
    int[] opened = new int[1];
    qt().withFixedSeed(20261123L)
        .withExamples(80)
        .forAll(
            RandomGroups.scenarios(10, 80),
            integers().between(0, 1_000_000),
            integers().between(0, 1_000_000))
        .checkAssert(
            (sc, pick, earlier) -> {
              // given a random group's log, and its live states as the runtime commits them
              GroupFixture f = RandomGroups.run(sc, step -> {});
              List<GroupEvent> log = f.log;
              List<GroupState> live = new ArrayList<>();
              GroupState s = GroupState.initial(Groups.GROUP);
              live.add(s);
              for (GroupEvent e : log) {
                s = f.engine.evolve(s, e);
                live.add(s);
              }
              // and a snapshot at a random version of it, in a file store, where an append ends
              int at = 1 + pick % log.size();
              Path d = newDirectory();
              try (JsonLinesEventStore files = JsonLinesEventStore.builder(d).build()) {
                files.append(Groups.GROUP, 0, log.subList(0, at));
                if (at < log.size()) {
                  files.append(Groups.GROUP, at, log.subList(at, log.size()));
                }
                files.saveSnapshot(live.get(at));
              }

              // when the group is opened by a runtime
              try (JsonLinesEventStore files = JsonLinesEventStore.builder(d).build()) {
                RecordingStore store = new RecordingStore(files);
                try (GroupRuntime runtime = GroupRuntime.builder().store(store).build()) {
                  GroupHandle g = runtime.group(Groups.GROUP);

                  // then its state is that of the full replay, from the events after the snapshot
                  assertThat(g.state()).isEqualTo(f.engine.replay(Groups.GROUP, log));
                  assertThat(g.state()).isEqualTo(f.state);
                  assertThat(store.eventsRead()).isEqualTo(log.size() - at);

                  // and the state at a random earlier version is that of the replay up to it
                  int v = earlier % (log.size() + 1);
                  assertThat(g.stateAtVersion(v))
                      .as("at version %d, snapshot at %d", v, at)
                      .isEqualTo(f.engine.replay(Groups.GROUP, log.subList(0, v)));
                }
              }
              opened[0]++;
            });
    assertThat(opened[0]).isEqualTo(80);
  }

  private Path newDirectory() {
    try {
      return Files.createTempDirectory(dir, "group");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
