package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.ALICE;
import static io.github.peerled.core.runtime.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.CapturedLog;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime opens groups from the store's snapshots and saves them off the command path. */
class RuntimeSnapshotTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());

  @TempDir Path dir;

  /** A clock one minute further on at each reading, so that every command has its own instant. */
  static final class SteppingClock extends Clock {
    private final AtomicLong minutes = new AtomicLong();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Fixtures.START.plusSeconds(60 * minutes.getAndIncrement());
    }
  }

  private JsonLinesEventStore files() {
    return JsonLinesEventStore.builder(dir).build();
  }

  private static GroupRuntime runtime(EventStore store, long snapshotEvery) {
    return GroupRuntime.builder()
        .store(store)
        .clock(new SteppingClock())
        .snapshotEvery(snapshotEvery)
        .build();
  }

  /** The running group's commands, then {@code contributions} contributions. */
  private static List<GroupCommand> commands(int contributions) {
    List<GroupCommand> all = new ArrayList<>(Fixtures.running(3));
    for (int i = 0; i < contributions; i++) {
      all.add(Fixtures.say(i % 2 == 0 ? ALICE : BOB, "s1", "contribution " + i));
    }
    return all;
  }

  private static void submitAll(GroupHandle g, List<GroupCommand> commands) {
    for (GroupCommand c : commands) {
      assertThat(g.submit(c).rejection()).as("%s", c).isEmpty();
    }
  }

  @Test
  void should_open_from_the_snapshot_and_fold_only_the_events_after_it() {
    // given a group of some 60 events, run with a snapshot every 10 events
    GroupState before;
    try (JsonLinesEventStore files = files();
        GroupRuntime r = runtime(files, 10)) {
      GroupHandle g = r.group(GROUP);
      submitAll(g, commands(45));
      before = g.state();
    }

    // when it is opened again
    try (JsonLinesEventStore files = files()) {
      long snapshotAt = files.loadSnapshot(GROUP).orElseThrow().version();
      RecordingStore store = new RecordingStore(files);
      try (GroupRuntime r = runtime(store, 0)) {
        GroupState opened = r.group(GROUP).state();

        // then it has the state it had, read from the last snapshot and the events after it
        assertThat(opened).isEqualTo(before);
        assertThat(snapshotAt)
            .isGreaterThan(before.version() - 10)
            .isLessThanOrEqualTo(before.version());
        assertThat(store.eventsRead()).isEqualTo(before.version() - snapshotAt);
        assertThat(opened).isEqualTo(ENGINE.replay(GROUP, files.read(GROUP)));
      }
    }
  }

  @Test
  void should_replay_the_whole_log_when_the_snapshot_is_damaged() throws IOException {
    // given a group saved with snapshots, and its snapshot then damaged
    GroupState before;
    try (JsonLinesEventStore files = files();
        GroupRuntime r = runtime(files, 10)) {
      GroupHandle g = r.group(GROUP);
      submitAll(g, commands(45));
      before = g.state();
    }
    Path snapshot = dir.resolve("town-hall.jsonl.snapshot");
    Files.writeString(snapshot, Files.readString(snapshot).replace("Alice", "Alicf"));

    // when it is opened again
    try (CapturedLog captured = CapturedLog.store();
        JsonLinesEventStore files = files()) {
      RecordingStore store = new RecordingStore(files);
      try (GroupRuntime r = runtime(store, 0)) {
        GroupState opened = r.group(GROUP).state();

        // then the snapshot is ignored with a warning, and the whole log gives the same state
        assertThat(opened).isEqualTo(before);
        assertThat(store.eventsRead()).isEqualTo(before.version());
        assertThat(captured.warnings())
            .singleElement()
            .asString()
            .startsWith(snapshot + ": snapshot ignored (checksum mismatch");
      }
    }
  }

  @Test
  void should_save_the_committed_state_each_time_a_commit_crosses_the_interval() {
    // given a runtime that snapshots every 7 events
    RecordingStore store = new RecordingStore(files());
    List<Long> committed = new ArrayList<>();
    try (GroupRuntime r = runtime(store, 7)) {
      GroupHandle g = r.group(GROUP);

      // when commands are committed one by one
      for (GroupCommand c : commands(30)) {
        committed.add(g.submit(c).version());
      }
    }
    store.close();

    // then each saved state is the committed state at a version where a commit crossed a
    // multiple of 7, the last such one is among them, and none is saved elsewhere
    List<Long> crossings = new ArrayList<>();
    long previous = 0;
    for (long v : committed) {
      if (v / 7 > previous / 7) {
        crossings.add(v);
      }
      previous = v;
    }
    assertThat(crossings).hasSizeGreaterThan(3);
    List<Long> saved = store.saved().stream().map(GroupState::version).toList();
    assertThat(saved).isNotEmpty().isSorted().doesNotHaveDuplicates();
    assertThat(crossings).containsAll(saved);
    assertThat(saved).last().isEqualTo(crossings.get(crossings.size() - 1));
    try (JsonLinesEventStore files = files()) {
      List<GroupEvent> log = files.read(GROUP);
      for (GroupState s : store.saved()) {
        assertThat(s).isEqualTo(ENGINE.replay(GROUP, log.subList(0, (int) s.version())));
      }
      assertThat(files.loadSnapshot(GROUP)).contains(store.saved().get(saved.size() - 1));
    }
  }

  @Test
  void should_save_no_snapshot_when_told_not_to() {
    // given a runtime with snapshots turned off
    RecordingStore store = new RecordingStore(files());
    try (GroupRuntime r = runtime(store, 0)) {
      // when many events are committed
      submitAll(r.group(GROUP), commands(40));
    }
    store.close();

    // then no snapshot was saved
    assertThat(store.saved()).isEmpty();
    assertThat(dir.resolve("town-hall.jsonl.snapshot")).doesNotExist();
  }

  @Test
  void should_save_off_the_command_path_one_save_at_a_time() throws Exception {
    // given a runtime that snapshots after every commit, over a store whose saves are held back
    CountDownLatch gate = new CountDownLatch(1);
    RecordingStore store = new RecordingStore(files()).holdSavesUntil(gate);
    List<Thread> commandThreads = new CopyOnWriteArrayList<>();
    GroupRuntime r =
        GroupRuntime.builder()
            .store(store)
            .clock(new SteppingClock())
            .snapshotEvery(1)
            .addGuard(
                (s, c, p) -> {
                  commandThreads.add(Thread.currentThread());
                  return List.of();
                })
            .build();
    GroupHandle g = r.group(GROUP);

    // when many commands are submitted while the first save is held
    List<CompletableFuture<Submission>> futures = new ArrayList<>();
    for (GroupCommand c : commands(40)) {
      futures.add(g.submitAsync(c));
    }

    // then every command commits without waiting for the save
    for (CompletableFuture<Submission> f : futures) {
      assertThat(f.get(10, TimeUnit.SECONDS).isAccepted()).isTrue();
    }
    assertThat(store.awaitSaveStarted(10)).isTrue();
    assertThat(store.saved()).isEmpty();
    List<Thread> saving = store.saveThreads();
    assertThat(saving).hasSize(1);
    assertThat(saving.get(0).getName()).startsWith("peerled-snapshot-");
    assertThat(commandThreads).isNotEmpty().doesNotContain(saving.get(0));

    // when the save is let go and the runtime closed
    gate.countDown();
    r.close();

    // then the saves ran one at a time: the one held, then (if it was not already of the final
    // state) only the latest of those requested meanwhile, which is of the final state
    assertThat(store.maxSavesInFlight()).isEqualTo(1);
    assertThat(store.saved()).hasSizeBetween(1, 2);
    assertThat(store.saved()).last().isEqualTo(g.state());
    store.close();
  }

  @Test
  void should_commit_and_report_when_saves_fail() {
    // given a runtime that snapshots every 5 events, over a store whose saves fail
    RecordingStore store =
        new RecordingStore(files())
            .failSaves(new UncheckedIOException(new IOException("the disk is full")));
    List<SnapshotFailure> failures = new CopyOnWriteArrayList<>();
    GroupState after;
    try (CapturedLog captured = CapturedLog.runtime()) {
      GroupRuntime r =
          GroupRuntime.builder()
              .store(store)
              .clock(new SteppingClock())
              .snapshotEvery(5)
              .onSnapshotFailure(failures::add)
              .build();
      GroupHandle g = r.group(GROUP);

      // when commands cross the interval, then every one is accepted
      for (GroupCommand c : commands(20)) {
        assertThat(g.submit(c).isAccepted()).isTrue();
      }
      after = g.state();
      r.close();

      // and each failure is logged and reported with its group and version
      assertThat(failures).isNotEmpty();
      for (SnapshotFailure f : failures) {
        assertThat(f.group()).isEqualTo(GROUP);
        assertThat(f.version()).isBetween(5L, after.version());
        assertThat(f.error()).hasMessageContaining("the disk is full");
      }
      assertThat(captured.warnings())
          .contains(
              "group town-hall: cannot save a snapshot at version " + failures.get(0).version());
    }
    store.close();

    // and the log holds every event, so the group reopens as it was
    try (JsonLinesEventStore files = files();
        GroupRuntime r = runtime(files, 0)) {
      assertThat(files.loadSnapshot(GROUP)).isEmpty();
      assertThat(r.group(GROUP).state()).isEqualTo(after);
    }
  }

  @Test
  void should_finish_a_requested_save_and_stop_its_thread_on_close() throws InterruptedException {
    // given a runtime that snapshots after every commit, over a store whose saves are slow
    RecordingStore store = new RecordingStore(files()).slowSaves(300);
    GroupRuntime r = runtime(store, 1);
    GroupHandle g = r.group(GROUP);

    // when commands commit and the runtime is closed at once
    submitAll(g, commands(0));
    r.close();

    // then the save finished before close returned, and its thread is gone
    assertThat(store.saved()).isNotEmpty();
    assertThat(store.saved()).last().isEqualTo(g.state());
    Thread saver = store.saveThreads().get(0);
    saver.join(5000);
    assertThat(saver.isAlive()).isFalse();
    store.close();
  }

  @Test
  void should_give_the_state_at_any_version_and_instant_when_opened_from_a_snapshot() {
    // given a group of some 40 events, and a snapshot at version 20
    List<GroupEvent> log;
    try (JsonLinesEventStore files = files();
        GroupRuntime r = runtime(files, 0)) {
      submitAll(r.group(GROUP), commands(25));
      log = files.read(GROUP);
      files.saveSnapshot(ENGINE.replay(GROUP, log.subList(0, 20)));
    }

    // when it is opened again
    try (JsonLinesEventStore files = files()) {
      RecordingStore store = new RecordingStore(files);
      try (GroupRuntime r = runtime(store, 0)) {
        GroupHandle g = r.group(GROUP);
        assertThat(store.eventsRead()).isEqualTo(log.size() - 20);

        // then the state at each version is the replay of the events up to it, from the snapshot
        // at or after version 20, from the start before it
        for (int v = 0; v <= log.size(); v++) {
          store.resetEventsRead();
          assertThat(g.stateAtVersion(v))
              .as("at version %d", v)
              .isEqualTo(ENGINE.replay(GROUP, log.subList(0, v)));
          long expectedReads = v == log.size() ? 0 : v >= 20 ? v - 20 : v;
          assertThat(store.eventsRead()).as("read for version %d", v).isEqualTo(expectedReads);
        }

        // and the state at the instant of each event is the replay of the events up to it
        for (int v = 1; v <= log.size(); v++) {
          Instant at = log.get(v - 1).at();
          int upTo = v;
          while (upTo < log.size() && !log.get(upTo).at().isAfter(at)) {
            upTo++;
          }
          assertThat(g.stateAt(at))
              .as("at %s", at)
              .isEqualTo(ENGINE.replay(GROUP, log.subList(0, upTo)));
        }
      }
    }
  }

  @Test
  void should_read_only_the_new_events_after_a_conflict() {
    // given two runtimes over one store, the first with the group open, and a snapshot of it
    RecordingStore store = new RecordingStore(files());
    try (GroupRuntime first = runtime(store, 0);
        GroupRuntime second = runtime(store, 0)) {
      GroupHandle a = first.group(GROUP);
      submitAll(a, commands(20));
      store.saveSnapshot(a.state());
      long before = a.version();

      // when the second runtime appends behind the first one's back
      GroupHandle b = second.group(GROUP);
      submitAll(b, List.of(Fixtures.say(BOB, "s1", "behind your back")));
      store.resetEventsRead();
      int loads = store.snapshotLoads();

      // then the first runtime's next command conflicts, reads only the new events, and commits
      Submission s = a.submit(Fixtures.say(ALICE, "s1", "me too"));
      assertThat(s.isAccepted()).isTrue();
      assertThat(s.baseVersion()).isEqualTo(b.version());
      assertThat(store.snapshotLoads()).isEqualTo(loads);
      assertThat(store.eventsRead()).isEqualTo(b.version() - before);
      assertThat(a.stateAtVersion(b.version())).isEqualTo(b.state());
      assertThat(a.version()).isEqualTo(b.version() + s.events().size());
    }
    store.close();
  }

  @Test
  void should_not_use_a_snapshot_that_does_not_fit_the_log() {
    // given a store that gives the snapshot of another group, and one past the end of the log
    RecordingStore logStore = new RecordingStore(EventStore.inMemory());
    GroupState expected;
    try (GroupRuntime r = runtime(logStore, 0)) {
      GroupHandle g = r.group(GROUP);
      submitAll(g, commands(5));
      expected = g.state();
    }
    GroupState other = GroupState.initial(GroupId.of("other"));
    GroupState ahead =
        ENGINE.replayOnto(
            expected,
            ENGINE.decide(expected, Fixtures.say(ALICE, "s1", "not in the log")).events());
    for (GroupState wrong : List.of(other, ahead)) {
      logStore.giveSnapshot(wrong);
      logStore.resetEventsRead();

      // when the group is opened, then the snapshot is ignored with a warning and the log replayed
      try (CapturedLog captured = CapturedLog.runtime();
          GroupRuntime r = runtime(logStore, 0)) {
        assertThat(r.group(GROUP).state()).isEqualTo(expected);
        assertThat(logStore.eventsRead()).isEqualTo(expected.version());
        assertThat(captured.warnings())
            .singleElement()
            .asString()
            .contains("that does not fit its log; replaying the whole log");
      }
    }
  }

  @Test
  void should_refuse_a_negative_interval() {
    // given a builder
    GroupRuntime.Builder b = GroupRuntime.builder();

    // then a negative interval is refused, and 0 (none) is taken
    assertThatThrownBy(() -> b.snapshotEvery(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the snapshot interval must be 0 (none) or more: -1");
    assertThat(b.snapshotEvery(0)).isSameAs(b);
  }

  @Test
  void should_commit_when_the_failure_hook_throws_too() {
    // given a runtime whose saves fail and whose failure hook throws
    RecordingStore store = new RecordingStore(files()).failSaves(new IllegalStateException("no"));
    try (CapturedLog captured = CapturedLog.runtime()) {
      GroupRuntime r =
          GroupRuntime.builder()
              .store(store)
              .snapshotEvery(1)
              .onSnapshotFailure(
                  f -> {
                    throw new IllegalArgumentException("the hook is broken");
                  })
              .build();
      GroupHandle g = r.group(GROUP);

      // when commands commit, then every one is accepted
      for (GroupCommand c : commands(3)) {
        assertThat(g.submit(c).isAccepted()).isTrue();
      }
      r.close();

      // and the hook's failure is logged
      assertThat(captured.warnings()).contains("the snapshot failure hook threw");
    }
    store.close();
  }
}
