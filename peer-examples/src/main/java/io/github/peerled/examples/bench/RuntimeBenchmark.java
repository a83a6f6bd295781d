package io.github.peerled.examples.bench;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.store.Durability;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Commands per second through the bare engine and through the runtime (in-memory store; file store
 * forcing per command, forcing per batch, not forcing), and the time to open a group of 1,000,000
 * events from the file store: by replaying the whole log, and from a snapshot 5,000 events before
 * its end.
 *
 * <p>Runtime throughput is measured with {@value #PIPELINE} commands in flight (submitted async,
 * then all awaited), as when many members act at once; {@code runtimeInMemoryBlocking} shows the
 * cost of one blocking round trip instead.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class RuntimeBenchmark {
  static final int PIPELINE = 256;
  static final GroupId GROUP = GroupId.of("town-hall");
  static final Clock CLOCK = Clock.fixed(BenchGroup.START, ZoneOffset.UTC);

  /** The command mix, shared by all benchmarks. */
  @State(Scope.Benchmark)
  public static class Mix {
    GroupCommand[] commands = BenchGroup.mix(4096, 42);
    int next;

    GroupCommand next() {
      GroupCommand c = commands[next];
      next = (next + 1) & (commands.length - 1);
      return c;
    }
  }

  /** The bare engine's state, fresh each iteration. */
  @State(Scope.Thread)
  public static class Bare {
    final GroupEngine engine = GroupEngine.of(CLOCK);
    GroupState state = GroupState.initial(GROUP);

    @Setup(Level.Iteration)
    public void setUp() {
      state = GroupState.initial(GROUP);
      for (GroupCommand c : BenchGroup.setup()) {
        state = engine.apply(state, c).state();
      }
    }
  }

  /** A runtime over a fresh in-memory store each iteration. */
  @State(Scope.Thread)
  public static class InMemory {
    GroupRuntime runtime = GroupRuntime.ofDefaults();
    GroupHandle group = runtime.group(GROUP);

    @Setup(Level.Iteration)
    public void setUp() {
      runtime.close();
      runtime = GroupRuntime.builder().clock(CLOCK).build();
      group = runtime.group(GROUP);
      BenchGroup.setup().forEach(group::submit);
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
      runtime.close();
    }
  }

  /**
   * A runtime over a store that counts versions and keeps no event: not a store to use, but it
   * shows what the runtime costs apart from keeping the log in memory (the in-memory store's log
   * grows by every event, and each young collection copies what it added).
   */
  @State(Scope.Thread)
  public static class Forgetful {
    GroupRuntime runtime = GroupRuntime.ofDefaults();
    GroupHandle group = runtime.group(GROUP);

    @Setup(Level.Iteration)
    public void setUp() {
      runtime.close();
      runtime = GroupRuntime.builder().store(new CountingStore()).clock(CLOCK).build();
      group = runtime.group(GROUP);
      BenchGroup.setup().forEach(group::submit);
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
      runtime.close();
    }
  }

  /** Counts each group's version and forgets the events. Thread-safe. */
  static final class CountingStore implements EventStore {
    private final Map<GroupId, Long> versions = new ConcurrentHashMap<>();

    @Override
    public long version(GroupId group) {
      return versions.getOrDefault(group, 0L);
    }

    @Override
    public synchronized long append(
        GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
      long actual = version(group);
      if (actual != expectedVersion) {
        throw new VersionConflictException(group, expectedVersion, actual);
      }
      versions.put(group, actual + events.size());
      return actual + events.size();
    }

    @Override
    public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
      return List.of();
    }

    @Override
    public Set<GroupId> groups() {
      return versions.keySet();
    }

    @Override
    public void close() {}
  }

  /**
   * A runtime over a fresh file store each iteration, in one of three durability modes, writing
   * personal data in plain text or sealed with member keys (the cost of being able to forget).
   */
  @State(Scope.Thread)
  public static class OnFile {
    @Param({"FORCE_EACH", "FORCE_BATCHED", "NO_FORCE"})
    public String mode = "FORCE_EACH";

    @Param({"PLAIN", "SEALED"})
    public String personalData = "PLAIN";

    Path dir = Path.of(".");
    JsonLinesEventStore store = JsonLinesEventStore.builder(dir).build();
    GroupRuntime runtime = GroupRuntime.ofDefaults();
    GroupHandle group = runtime.group(GROUP);

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
      runtime.close();
      dir = Files.createTempDirectory("peerled-bench");
      JsonLinesEventStore.Builder b =
          JsonLinesEventStore.builder(dir)
              .durability(mode.equals("NO_FORCE") ? Durability.NO_FORCE : Durability.FORCE);
      if (personalData.equals("SEALED")) {
        b.memberKeys(MemberKeyStore.inMemory());
      } else {
        b.plainText();
      }
      store = b.build();
      runtime =
          GroupRuntime.builder()
              .store(store)
              .clock(CLOCK)
              .maxBatchSize(mode.equals("FORCE_EACH") ? 1 : PIPELINE)
              .build();
      group = runtime.group(GROUP);
      BenchGroup.setup().forEach(group::submit);
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
      runtime.close();
      store.close();
      deleteTree(dir);
    }
  }

  /** A file of 1,000,000 events, written once, without a snapshot. */
  @State(Scope.Benchmark)
  public static class MillionEvents {
    static final int EVENTS = 1_000_000;
    Path dir = Path.of(".");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("peerled-bench-open");
      writeMillion(dir, 0);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      deleteTree(dir);
    }
  }

  /**
   * A file of 1,000,000 events with a snapshot {@value #BEHIND} events before its end, as the
   * runtime leaves it on average with its default interval of 10,000 events.
   */
  @State(Scope.Benchmark)
  public static class MillionEventsWithSnapshot {
    static final int BEHIND = 5_000;
    Path dir = Path.of(".");

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      dir = Files.createTempDirectory("peerled-bench-open-snapshot");
      writeMillion(dir, MillionEvents.EVENTS - BEHIND);
      try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build()) {
        long at = store.loadSnapshot(GROUP).orElseThrow().version();
        if (at != MillionEvents.EVENTS - BEHIND) {
          throw new IllegalStateException("the snapshot is at " + at);
        }
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      deleteTree(dir);
    }
  }

  /**
   * Writes the log of 1,000,000 events, and a snapshot of the state at the first version from
   * {@code snapshotAt} if that is not 0.
   */
  static void writeMillion(Path dir, long snapshotAt) {
    GroupEngine engine = GroupEngine.of(CLOCK);
    GroupState s = GroupState.initial(GROUP);
    GroupState snapshot = null;
    GroupCommand[] mix = BenchGroup.mix(4096, 7);
    List<GroupEvent> batch = new ArrayList<>();
    try (JsonLinesEventStore store =
        JsonLinesEventStore.builder(dir).durability(Durability.NO_FORCE).plainText().build()) {
      int i = 0;
      List<GroupCommand> setup = BenchGroup.setup();
      while (s.version() < MillionEvents.EVENTS) {
        GroupCommand c = i < setup.size() ? setup.get(i) : mix[(i - setup.size()) & 4095];
        i++;
        GroupEngine.Applied a = engine.apply(s, c);
        for (GroupEvent e : a.result().events()) {
          if (e.sequence() <= MillionEvents.EVENTS) {
            batch.add(e);
          }
        }
        s = a.state();
        boolean snapshotHere = snapshotAt > 0 && snapshot == null && s.version() >= snapshotAt;
        if (snapshotHere) {
          snapshot = s;
        }
        // a snapshot must end an append
        if (batch.size() >= 10_000 || s.version() >= MillionEvents.EVENTS || snapshotHere) {
          store.append(GROUP, batch.get(0).sequence() - 1, batch);
          batch.clear();
        }
      }
      if (snapshot != null) {
        store.saveSnapshot(snapshot);
      }
    }
  }

  @Benchmark
  public GroupState bareEngine(Bare bare, Mix mix) {
    bare.state = bare.engine.apply(bare.state, mix.next()).state();
    return bare.state;
  }

  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public long runtimeInMemory(InMemory r, Mix mix) {
    return pipeline(r.group, mix);
  }

  /**
   * As {@link #runtimeInMemory}, but the measuring thread waits for the last submission first: a
   * group's submissions complete in order, so it then finds all the others done and wakes once per
   * round instead of once per batch the runtime completes. The difference between the two is the
   * cost of waking a waiting thread, which a host pays per waiting caller.
   *
   * @param r the runtime
   * @param mix the commands
   * @return the version after the round
   */
  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public long runtimeInMemoryAwaitLast(InMemory r, Mix mix) {
    List<CompletableFuture<Submission>> futures = submitAll(r.group, mix);
    futures.get(PIPELINE - 1).join();
    return awaitAll(futures);
  }

  /**
   * As {@link #runtimeInMemory}, over a store that keeps no event.
   *
   * @param r the runtime
   * @param mix the commands
   * @return the version after the round
   */
  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public long runtimeKeepingNoLog(Forgetful r, Mix mix) {
    return pipeline(r.group, mix);
  }

  @Benchmark
  public Submission runtimeInMemoryBlocking(InMemory r, Mix mix) {
    return r.group.submit(mix.next());
  }

  @Benchmark
  @OperationsPerInvocation(PIPELINE)
  public long runtimeFileStore(OnFile r, Mix mix) {
    return pipeline(r.group, mix);
  }

  /** Opens the group by replaying its whole log (there is no snapshot, and none is saved). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public GroupState openMillionEvents(MillionEvents file) {
    if (Files.exists(file.dir.resolve("town-hall.jsonl.snapshot"))) {
      throw new IllegalStateException("a snapshot is present");
    }
    return open(file.dir);
  }

  /** Opens the group from its snapshot and the 5,000 events after it. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public GroupState openMillionEventsFromSnapshot(MillionEventsWithSnapshot file) {
    return open(file.dir);
  }

  private static GroupState open(Path dir) {
    try (JsonLinesEventStore store = JsonLinesEventStore.builder(dir).plainText().build();
        GroupRuntime runtime =
            GroupRuntime.builder().store(store).clock(CLOCK).snapshotEvery(0).build()) {
      GroupState s = runtime.group(GROUP).state();
      if (s.version() != MillionEvents.EVENTS) {
        throw new IllegalStateException("opened " + s.version() + " events");
      }
      return s;
    }
  }

  private static long pipeline(GroupHandle group, Mix mix) {
    return awaitAll(submitAll(group, mix));
  }

  /** Submits a round of {@value #PIPELINE} commands without waiting. */
  private static List<CompletableFuture<Submission>> submitAll(GroupHandle group, Mix mix) {
    List<CompletableFuture<Submission>> futures = new ArrayList<>(PIPELINE);
    for (int i = 0; i < PIPELINE; i++) {
      futures.add(group.submitAsync(mix.next()));
    }
    return futures;
  }

  /** Waits for each submission in order and returns the version after the last. */
  private static long awaitAll(List<CompletableFuture<Submission>> futures) {
    long version = 0;
    for (CompletableFuture<Submission> f : futures) {
      Submission s = f.join();
      if (!s.isAccepted()) {
        throw new IllegalStateException(String.valueOf(s.rejection()));
      }
      version = s.version();
    }
    return version;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
