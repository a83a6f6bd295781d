package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract of the feed for the PostgreSQL store, and what it must get right there: appends that
 * commit out of order, on a real server.
 */
class JdbcEventFeedTest extends EventFeedContract {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  @Override
  EventStore newStore() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints");
    return reopen();
  }

  @Override
  EventStore reopen() {
    return JdbcEventStore.builder(DB.dataSource()).build();
  }

  @Override
  String holdingBack() {
    StringBuilder b = new StringBuilder("open write transactions:");
    try (Connection c = DB.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT pid, state, backend_xid, now() - xact_start, left(query, 80)"
                    + " FROM pg_stat_activity WHERE backend_xid IS NOT NULL")) {
      while (r.next()) {
        b.append(" [pid ").append(r.getInt(1)).append(' ').append(r.getString(2));
        b.append(" xid ").append(r.getString(3)).append(" for ").append(r.getString(4));
        b.append(": ").append(r.getString(5)).append(']');
      }
    } catch (SQLException e) {
      b.append(" unknown (").append(e.getMessage()).append(')');
    }
    return b.toString();
  }

  /**
   * Keeps the rows of some logs in {@code peerled_template}, so that a test can insert them by hand
   * on connections of its own, and leaves the events table empty.
   */
  private void template(EventStore store, List<List<GroupEvent>> logs) {
    for (List<GroupEvent> log : logs) {
      append(store, log, 0, log.size());
    }
    DB.execute(
        "DROP TABLE IF EXISTS peerled_template;"
            + " CREATE TABLE peerled_template AS"
            + " SELECT group_id, sequence, type, schema_version, payload FROM peerled_events;"
            + " TRUNCATE peerled_events");
  }

  /** Opens a connection with a transaction that stays open until the test ends it. */
  private static Connection begin() throws SQLException {
    Connection c = DB.dataSource().getConnection();
    c.setAutoCommit(false);
    return c;
  }

  /** Inserts one event from the template on a connection, as an append does. */
  private static void insert(Connection c, GroupId group, long sequence) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO peerled_events (group_id, sequence, type, schema_version, payload)"
                + " SELECT group_id, sequence, type, schema_version, payload"
                + " FROM peerled_template WHERE group_id = ? AND sequence = ?")) {
      p.setString(1, group.value());
      p.setLong(2, sequence);
      assertThat(p.executeUpdate()).isOne();
    }
  }

  @Test
  void should_hold_back_later_appends_until_an_older_open_one_commits() throws Exception {
    // given an append of group A that is still open while appends of B and C commit after it
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 1);
    List<GroupEvent> b = Fixtures.longLog(B, 2);
    List<GroupEvent> c = Fixtures.longLog(C, 1);
    template(store, List.of(a));
    EventFeed feed = feed(store);
    try (Connection held = begin()) {
      insert(held, A, 1);
      append(store, b, 0, 2);
      append(store, c, 0, 1);

      // then nothing after it is delivered while it is open
      assertThat(feed.poll("search", 100, e -> {})).isZero();
      assertThat(feed.checkpoint("search")).isZero();

      // when it commits
      held.commit();
    }

    // then all come, the late one first, and nothing twice
    List<FeedEvent> delivered = drain(feed, "search", 100);
    List<GroupEvent> expected = new ArrayList<>(a);
    expected.addAll(b);
    expected.addAll(c);
    assertThat(events(delivered)).isEqualTo(expected);
    assertThat(feed.poll("search", 100, e -> {})).isZero();
  }

  @Test
  void should_not_pass_an_event_that_took_a_lower_position_than_a_committed_one() throws Exception {
    // given an append of A that inserts, then one of B that inserts, then A inserts again and
    // commits while B stays open: B's event sits between A's two
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 2);
    List<GroupEvent> b = Fixtures.longLog(B, 1);
    template(store, List.of(a, b));
    EventFeed feed = feed(store);
    List<FeedEvent> delivered = new ArrayList<>();
    try (Connection first = begin();
        Connection second = begin()) {
      insert(first, A, 1);
      insert(second, B, 1);
      insert(first, A, 2);
      first.commit();

      // when the feed is read while B is open
      while (feed.poll("search", 1, delivered::add) > 0) {
        // one at a time, storing the checkpoint after each
      }
      assertThat(events(delivered)).isEqualTo(a);

      // and B commits
      second.commit();
    }
    delivered.addAll(drain(feed, "search", 100));

    // then B's event comes too, although its position is below one already delivered
    assertThat(events(delivered)).containsExactly(a.get(0), a.get(1), b.get(0));
    assertThat(delivered.get(2).position()).isLessThan(delivered.get(1).position());
    assertThat(feed.poll("search", 100, e -> {})).isZero();
  }

  @Test
  void should_wait_for_any_write_transaction_on_the_server_but_lose_nothing() throws Exception {
    // given a transaction elsewhere that has written and stays open, and one that only reads
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 3);
    DB.execute("CREATE TABLE IF NOT EXISTS unrelated (x int)");
    EventFeed feed = feed(store);
    try (Connection writer = begin();
        Connection reader = begin()) {
      try (Statement s = reader.createStatement()) {
        s.executeQuery("SELECT count(*) FROM peerled_events").close();
      }
      append(store, a, 0, 1);
      assertThat(feed.poll("search", 100, e -> {})).isOne();
      try (Statement s = writer.createStatement()) {
        s.executeUpdate("INSERT INTO unrelated VALUES (1)");
      }

      // when appends commit after it began writing
      append(store, a, 1, 3);

      // then the feed holds them back until it ends
      assertThat(feed.poll("search", 100, e -> {})).isZero();
      writer.rollback();
      reader.rollback();
    }
    assertThat(events(drain(feed, "search", 100))).isEqualTo(a.subList(1, 3));
  }

  @Test
  void should_keep_the_checkpoint_in_the_checkpoints_table() throws Exception {
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 4);
    append(store, a, 0, 4);
    List<FeedEvent> got = new ArrayList<>();
    feed(store).poll("search", 3, got::add);
    try (Connection c = DB.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT position FROM peerled_checkpoints WHERE subscriber = 'search'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).isEqualTo(got.get(2).position());
    }
  }

  @Test
  void should_deliver_every_event_once_when_appends_commit_in_random_order() throws Exception {
    // given 8 writers, half of whose commits wait 30 to 60 ms and half up to 5 ms, so that many
    // appends commit before older ones, and a subscription
    EventStore fast = store();
    EventStore slow = JdbcEventStore.builder(slowCommits(DB.dataSource(), 30, 60)).build();
    EventStore quick = JdbcEventStore.builder(slowCommits(DB.dataSource(), 0, 5)).build();
    int groups = 8;
    int perGroup = 25;
    List<FeedEvent> delivered = new CopyOnWriteArrayList<>();
    CountDownLatch all = new CountDownLatch(groups * perGroup);
    start(
        feed(fast)
            .subscription(
                "search",
                e -> {
                  delivered.add(e);
                  all.countDown();
                })
            .pollInterval(Duration.ofMillis(5))
            .batchSize(3));
    ExecutorService writers = Executors.newFixedThreadPool(groups);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        List<GroupEvent> log = Fixtures.longLog(GroupId.of("g" + g), perGroup);
        done.add(
            writers.submit(
                () -> {
                  EventStore writer =
                      log.get(0).groupId().value().compareTo("g4") < 0 ? slow : quick;
                  for (int v = 0; v < perGroup; v++) {
                    append(writer, log, v, v + 1);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      writers.shutdownNow();
      slow.close();
      quick.close();
    }

    // then every event comes, once
    assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50); // time for a stray duplicate to show
    assertThat(delivered).hasSize(groups * perGroup);
    Set<Long> positions = new HashSet<>();
    delivered.forEach(e -> positions.add(e.position()));
    assertThat(positions).hasSize(groups * perGroup);
  }

  @Test
  void should_order_transactions_by_number_when_their_ids_grow_a_digit() {
    // given events of transactions 9, 10 and 11 (as text, "10" and "11" sort before "9")
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 1);
    List<GroupEvent> b = Fixtures.longLog(B, 1);
    List<GroupEvent> c = Fixtures.longLog(C, 1);
    append(store, a, 0, 1);
    append(store, b, 0, 1);
    append(store, c, 0, 1);
    DB.execute(
        "UPDATE peerled_events SET txid = CASE group_id WHEN '"
            + A.value()
            + "' THEN '9'::xid8 WHEN '"
            + B.value()
            + "' THEN '10'::xid8 ELSE '11'::xid8 END");

    // when a subscriber reads them one at a time
    List<FeedEvent> delivered = drain(feed(store), "search", 1);

    // then each comes once, in the order of the transactions
    assertThat(events(delivered)).containsExactly(a.get(0), b.get(0), c.get(0));
  }

  /** Wraps a data source so that every commit first waits a random time, in milliseconds. */
  private static DataSource slowCommits(DataSource target, int min, int max) {
    return (DataSource)
        Proxy.newProxyInstance(
            JdbcEventFeedTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection c = (Connection) result;
              return Proxy.newProxyInstance(
                  JdbcEventFeedTest.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("commit")) {
                      Thread.sleep(ThreadLocalRandom.current().nextInt(min, max + 1));
                    }
                    return invoke(m, c, a);
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
