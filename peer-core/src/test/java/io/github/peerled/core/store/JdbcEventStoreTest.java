package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.session.ImmutableContribution;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL store adds to the contract of a store, on a real server. */
class JdbcEventStoreTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final GroupId GROUP = GroupId.of("town-hall");

  @BeforeEach
  void emptyTables() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints");
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void should_create_the_schema_once_when_processes_start_together() throws Exception {
    // given a schema without tables, and four stores starting at once
    String schema = DB.name() + "_fresh";
    DB.server().execute("CREATE SCHEMA " + schema);
    try {
      DataSource ds = DB.server().dataSource(schema);
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Void>> builds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        builds.add(
            CompletableFuture.runAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  JdbcEventStore.builder(ds).createSchema(true).build().close();
                }));
      }

      // when
      start.countDown();
      CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      JdbcEventStore.builder(ds).createSchema(true).build().close(); // and once more, later

      // then
      assertThat(count(ds, "SELECT count(*) FROM peerled_schema_version"))
          .isEqualTo(JdbcEventStore.SCHEMA_VERSION);
      try (JdbcEventStore store = JdbcEventStore.builder(ds).build()) {
        List<GroupEvent> log = Fixtures.longLog(GROUP, 3);
        assertThat(store.append(GROUP, 0, log)).isEqualTo(3);
        assertThat(store.read(GROUP)).isEqualTo(log);
      }
    } finally {
      DB.server().execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void should_turn_a_unique_violation_into_a_version_conflict_and_write_nothing() throws Exception {
    // given another writer whose event 1 is inserted but not yet committed
    List<GroupEvent> log = Fixtures.longLog(GROUP, 2);
    DataSource ds = DB.dataSource();
    try (JdbcEventStore store = JdbcEventStore.builder(ds).build();
        Connection other = ds.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute(
            "INSERT INTO peerled_events (group_id, sequence, type, schema_version, payload)"
                + " VALUES ('town-hall', 1, 'GroupFounded', 1, '{}')");
      }
      // when the store appends event 1 too: it passes the version check, then waits on the key
      CompletableFuture<Long> append =
          CompletableFuture.supplyAsync(() -> store.append(GROUP, 0, log));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (count(
                  ds,
                  "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                      + " AND query LIKE 'INSERT INTO peerled_events%'")
              == 0
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      other.commit();

      // then
      assertThatThrownBy(append::join)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              VersionConflictException.class,
              e -> {
                assertThat(e.expectedVersion()).isZero();
                assertThat(e.actualVersion()).isOne();
              });
      assertThat(count(ds, "SELECT count(*) FROM peerled_events")).isOne();
    }
  }

  @Test
  void should_commit_synchronously_only_when_forced_and_notify_the_feed_unless_told_not_to() {
    RecordingDataSource recorded = new RecordingDataSource(DB.dataSource());
    List<GroupEvent> log = Fixtures.longLog(GROUP, 2);

    try (JdbcEventStore store = JdbcEventStore.builder(recorded.dataSource()).build()) {
      store.append(GROUP, 0, log.subList(0, 1));
    }
    assertThat(recorded.calls())
        .containsSubsequence(
            "setAutoCommit false",
            "execute SET LOCAL synchronous_commit = on; SET LOCAL lock_timeout = 10000;"
                + " SELECT pg_notify('peerled_events', '')",
            "commit");

    recorded.clear();
    try (JdbcEventStore store =
        JdbcEventStore.builder(recorded.dataSource())
            .durability(Durability.NO_FORCE)
            .notifyFeed(false)
            .build()) {
      store.append(GROUP, 1, log.subList(1, 2));
    }
    assertThat(recorded.calls())
        .containsSubsequence(
            "setAutoCommit false",
            "execute SET LOCAL synchronous_commit = off; SET LOCAL lock_timeout = 10000",
            "commit");
  }

  @Test
  void should_stream_a_long_log_through_a_cursor() {
    // given
    List<GroupEvent> log = Fixtures.longLog(GROUP, 20_000);
    RecordingDataSource recorded = new RecordingDataSource(DB.dataSource());
    try (JdbcEventStore store =
        JdbcEventStore.builder(recorded.dataSource()).fetchSize(250).build()) {
      for (int at = 0; at < log.size(); at += 5000) {
        store.append(GROUP, at, log.subList(at, at + 5000));
      }
      recorded.clear();
      AtomicLong seen = new AtomicLong();

      // when
      store.forEach(
          GROUP,
          1,
          Long.MAX_VALUE,
          e -> assertThat(e).isEqualTo(log.get((int) seen.getAndIncrement())));

      // then: read with auto-commit off and a fetch size, which is how the driver uses a cursor
      assertThat(seen.get()).isEqualTo(20_000);
      assertThat(recorded.calls())
          .containsSubsequence("setAutoCommit false", "setFetchSize 250", "executeQuery");
    }
  }

  @Test
  void should_trust_a_snapshot_only_while_it_matches_the_log() {
    List<GroupEvent> log = Fixtures.longLog(GROUP, 30);
    GroupState at20 = ENGINE.replay(GROUP, log.subList(0, 20));
    GroupState whole = ENGINE.replay(GROUP, log);
    List<String> tampering =
        List.of(
            "UPDATE peerled_snapshots SET format = 99",
            "UPDATE peerled_snapshots SET event_position = event_position + 1000",
            "UPDATE peerled_snapshots SET sequence = 500",
            "UPDATE peerled_snapshots SET state = jsonb_set(state, '{groupId}', '\"other\"')",
            "UPDATE peerled_snapshots SET state = '{\"nope\": 1}'",
            // the log rewritten with the same events: their positions differ
            "DELETE FROM peerled_events; INSERT INTO peerled_events"
                + " (group_id, sequence, type, schema_version, payload)"
                + " SELECT group_id, sequence, type, schema_version, payload FROM peerled_events_copy"
                + " ORDER BY sequence");
    for (String change : tampering) {
      // given a snapshot the store vouches for
      DB.execute("TRUNCATE peerled_events, peerled_snapshots");
      try (JdbcEventStore store = JdbcEventStore.builder(DB.dataSource()).build()) {
        store.append(GROUP, 0, log.subList(0, 20));
        store.append(GROUP, 20, log.subList(20, 30));
        store.saveSnapshot(at20);
        assertThat(store.loadSnapshot(GROUP)).contains(at20);
        DB.execute(
            "DROP TABLE IF EXISTS peerled_events_copy;"
                + " CREATE TABLE peerled_events_copy AS SELECT * FROM peerled_events");

        // when
        DB.execute(change);

        // then
        assertThat(store.loadSnapshot(GROUP)).as(change).isEmpty();
        try (GroupRuntime runtime =
            GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
          assertThat(runtime.group(GROUP).state()).as(change).isEqualTo(whole);
        }
      }
    }
  }

  @Test
  void should_name_group_and_sequence_of_a_row_changed_by_hand() {
    try (JdbcEventStore store = JdbcEventStore.builder(DB.dataSource()).build()) {
      store.append(GROUP, 0, Fixtures.longLog(GROUP, 5));
      DB.execute(
          "UPDATE peerled_events SET payload = '{\"type\": \"Nope\"}' WHERE sequence = 3;"
              + " UPDATE peerled_events SET schema_version = 99 WHERE sequence = 5");

      assertThatThrownBy(() -> store.read(GROUP))
          .isInstanceOfSatisfying(
              StoreRecordException.class,
              e -> {
                assertThat(e.file()).hasToString("peerled_events/town-hall");
                assertThat(e.line()).isEqualTo(3);
              });
      assertThatThrownBy(() -> store.read(GROUP, 4, 5))
          .isInstanceOfSatisfying(
              StoreRecordException.class,
              e -> {
                assertThat(e.line()).isEqualTo(5);
                assertThat(e.reason()).contains("schema version 99");
              });
      assertThat(store.read(GROUP, 4, 4)).hasSize(1);
    }
  }

  @Test
  void should_keep_each_event_exactly_as_written_with_its_type_first() throws SQLException {
    // given a log of contributions, stances and attendance
    List<GroupEvent> log = Fixtures.longLog(GROUP, 60);
    try (JdbcEventStore store = JdbcEventStore.builder(DB.dataSource()).plainText().build()) {
      store.append(GROUP, 0, log);
    }

    // then each row holds the event's JSON as written, keys in their order (the form the fast
    // reader of long logs takes), not reordered as jsonb would
    List<String> payloads = new ArrayList<>();
    try (Connection c = DB.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT payload::text FROM peerled_events ORDER BY sequence")) {
      while (r.next()) {
        payloads.add(r.getString(1));
      }
    }
    assertThat(payloads).containsExactlyElementsOf(log.stream().map(PeerledJson::write).toList());
    assertThat(payloads).allSatisfy(p -> assertThat(p).startsWith("{\"type\":\""));
  }

  /** A contribution whose text holds a NUL character (the engine refuses control characters). */
  private static List<GroupEvent> batchEndingInNul(List<GroupEvent> log) {
    ContributionRecorded last = (ContributionRecorded) log.get(39);
    GroupEvent bad =
        ImmutableContributionRecorded.copyOf(last)
            .withContribution(
                ImmutableContribution.copyOf(last.contribution()).withText("a \u0000 b"));
    List<GroupEvent> batch = new ArrayList<>(log.subList(30, 39));
    batch.add(bad);
    return batch;
  }

  @Test
  void should_keep_an_event_that_jsonb_could_not_hold() {
    List<GroupEvent> log = Fixtures.longLog(GROUP, 40);
    List<GroupEvent> batch = batchEndingInNul(log);
    try (JdbcEventStore store = JdbcEventStore.builder(DB.dataSource()).build()) {
      store.append(GROUP, 0, log.subList(0, 30));

      assertThat(store.append(GROUP, 30, batch)).isEqualTo(40);
      assertThat(store.read(GROUP, 31, 40)).isEqualTo(batch);
    }
  }

  @Test
  void should_refuse_a_batch_the_database_cannot_keep_and_write_none_of_it() {
    // given a host that keeps a jsonb copy of each event, and a batch whose last event holds a
    // NUL character, which jsonb cannot hold
    List<GroupEvent> log = Fixtures.longLog(GROUP, 40);
    List<GroupEvent> batch = batchEndingInNul(log);
    DB.execute(
        "ALTER TABLE peerled_events ADD COLUMN doc jsonb GENERATED ALWAYS AS (payload::jsonb)"
            + " STORED");
    try (JdbcEventStore store = JdbcEventStore.builder(DB.dataSource()).plainText().build()) {
      store.append(GROUP, 0, log.subList(0, 30));

      // when / then
      assertThatThrownBy(() -> store.append(GROUP, 30, batch))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nothing is appended");
      assertThat(store.read(GROUP)).isEqualTo(log.subList(0, 30));
      assertThat(store.append(GROUP, 30, log.subList(30, 40))).isEqualTo(40);
    } finally {
      DB.execute("ALTER TABLE peerled_events DROP COLUMN doc");
    }
  }

  @Test
  void should_refuse_work_once_closed_and_leave_the_data_source_open() throws SQLException {
    DataSource ds = DB.dataSource();
    JdbcEventStore store = JdbcEventStore.builder(ds).build();
    store.close();
    store.close();

    assertThatThrownBy(() -> store.version(GROUP)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.append(GROUP, 0, Fixtures.longLog(GROUP, 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(count(ds, "SELECT 1")).isOne();
  }
}
