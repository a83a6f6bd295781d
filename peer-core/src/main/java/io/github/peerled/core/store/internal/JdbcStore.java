package io.github.peerled.core.store.internal;

import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.internal.JdbcMemberKeys;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.privacy.internal.TextRetention;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.store.Durability;
import io.github.peerled.core.store.EventFeed;
import io.github.peerled.core.store.EventUpcaster;
import io.github.peerled.core.store.JdbcEventStore;
import io.github.peerled.core.store.JsonLinesEventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** The PostgreSQL store. Thread-safe. See {@link JdbcEventStore}. */
public final class JdbcStore implements JdbcEventStore, ExclusiveAppends {
  static final String TABLE = "peerled_events";

  /** SQLState of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";

  /** SQLState of a lock not granted within {@code lock_timeout}. */
  static final String LOCK_NOT_AVAILABLE = "55P03";

  /** SQLState class of data exceptions (a value the server refuses to store). */
  private static final String DATA_EXCEPTION = "22";

  /**
   * Inserts a batch if, and only if, the group's log is at the expected version. Two appends that
   * pass the check at once collide on the unique key: the second waits for the first and fails.
   */
  private static final String APPEND =
      "INSERT INTO peerled_events (group_id, sequence, type, schema_version, payload)"
          + " SELECT ?, e.sequence, e.type, ?, e.payload::json"
          + " FROM unnest(?::bigint[], ?::text[], ?::text[]) AS e(sequence, type, payload)"
          + " WHERE (SELECT coalesce(max(sequence), 0) FROM peerled_events WHERE group_id = ?) = ?"
          + " ORDER BY e.sequence";

  private static final String DROP_SNAPSHOT = "DELETE FROM peerled_snapshots WHERE group_id = ?";

  private static final String VERSION =
      "SELECT coalesce(max(sequence), 0) FROM peerled_events WHERE group_id = ?";

  /** Every group id, one index probe per group rather than a scan of every event. */
  private static final String GROUPS =
      "WITH RECURSIVE g(id) AS ("
          + " (SELECT group_id FROM peerled_events ORDER BY group_id LIMIT 1)"
          + " UNION ALL SELECT (SELECT e.group_id FROM peerled_events e WHERE e.group_id > g.id"
          + " ORDER BY e.group_id LIMIT 1) FROM g WHERE g.id IS NOT NULL)"
          + " SELECT id FROM g WHERE id IS NOT NULL";

  private static final byte[] TYPE = Envelopes.ascii("{\"type\":\"");

  /**
   * The first key of the advisory locks on groups ("peer"); the second is the hash of the group id.
   * Each append holds its group's lock shared; {@link #exclusively} holds it alone.
   */
  private static final int GROUP_LOCK_CLASS = 0x7065_6572;

  /** The store and connection of the {@link #exclusively} section this thread runs, if any. */
  private static final ThreadLocal<@Nullable Held> EXCLUSIVE = new ThreadLocal<>();

  private record Held(JdbcStore store, Connection connection) {}

  private final DataSource dataSource;
  private final JdbcReads reads;
  private final JdbcSnapshots snapshots;
  private final String beginAppend;
  private final String setLockTimeout;
  private final long lockTimeoutMillis;
  private final Feed feed = new Feed(new JdbcFeed(this));
  private final @Nullable Sealer sealer;

  /** The keys, if they are kept in this store's database: destroyed in the append's transaction. */
  private final @Nullable JdbcMemberKeys tableKeys;

  private volatile boolean closed;

  /**
   * Creates the store.
   *
   * @param dataSource the database
   * @param durability what an append guarantees
   * @param fetchSize the rows a read fetches at a time
   * @param upcasters the upcaster chain
   * @param notifyFeed whether an append notifies the feed's channel
   * @param lockTimeoutMillis how long a writer waits for a lock, 0 for as long as it takes
   * @param keys the member keys that seal personal data, or null to keep it in plain text
   * @throws IllegalArgumentException if the chain is not well formed
   */
  public JdbcStore(
      DataSource dataSource,
      Durability durability,
      int fetchSize,
      List<EventUpcaster> upcasters,
      boolean notifyFeed,
      long lockTimeoutMillis,
      @Nullable MemberKeyStore keys) {
    this.dataSource = dataSource;
    this.sealer = keys == null ? null : new Sealer(keys);
    this.tableKeys = keys instanceof JdbcMemberKeys j && j.dataSource() == dataSource ? j : null;
    this.lockTimeoutMillis = lockTimeoutMillis;
    this.setLockTimeout = "SET LOCAL lock_timeout = " + lockTimeoutMillis;
    this.reads = new JdbcReads(new RecordCodec(upcasters), sealer, tableKeys, fetchSize);
    this.snapshots = new JdbcSnapshots(this);
    // One round trip: the commit mode, the bounded wait for locks, and the wake-up that the server
    // sends if, and when, the transaction commits.
    this.beginAppend =
        (durability == Durability.FORCE
                ? "SET LOCAL synchronous_commit = on"
                : "SET LOCAL synchronous_commit = off")
            + "; "
            + setLockTimeout
            + (notifyFeed ? "; SELECT pg_notify('" + FEED_CHANNEL + "', '')" : "");
  }

  /** What reads the log: decodes and opens each row. */
  JdbcReads reads() {
    return reads;
  }

  DataSource dataSource() {
    return dataSource;
  }

  Connection connection() throws SQLException {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    Held held = EXCLUSIVE.get();
    return held != null && held.store() == this
        ? unclosable(held.connection())
        : dataSource.getConnection();
  }

  /** The same connection, for which {@code close()} does nothing. */
  private static Connection unclosable(Connection c) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static String groupLock(GroupId group) {
    return GROUP_LOCK_CLASS + ", " + group.value().hashCode();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Holds the group's advisory lock alone, on one connection that the section's reads and
   * appends use, while other appends to the group wait for it.
   */
  @Override
  public <T> T exclusively(GroupId group, Supplier<T> section) {
    if (EXCLUSIVE.get() != null) {
      return section.get();
    }
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      lockAlone(c, s, group);
      EXCLUSIVE.set(new Held(this, c));
      try {
        return section.get();
      } finally {
        EXCLUSIVE.remove();
        s.execute("SELECT pg_advisory_unlock(" + groupLock(group) + ")");
      }
    } catch (SQLException e) {
      throw failure("group " + group + ": cannot lock", e);
    }
  }

  /**
   * Takes the group's advisory lock alone, for the session, waiting at most the lock timeout (set
   * for the taking transaction only, so that the connection goes back to its pool as it came).
   */
  private void lockAlone(Connection c, Statement s, GroupId group) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      s.execute(setLockTimeout);
      s.execute("SELECT pg_advisory_lock(" + groupLock(group) + ")");
      c.commit();
    } catch (SQLException e) {
      rollback(c, e);
      throw lockTimedOut(e);
    } finally {
      restore(c, auto);
    }
  }

  /** A lock not granted in time said plainly; any other failure as it is. */
  private SQLException lockTimedOut(SQLException e) {
    if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
      return e;
    }
    return new SQLException(
        "a lock held by another transaction was not granted within "
            + lockTimeoutMillis
            + " ms (the group's advisory lock, or the key of an event another writer is"
            + " inserting); a writer that holds it may be stuck, or a transaction left open: see"
            + " pg_locks and pg_stat_activity. Nothing is appended",
        e.getSQLState(),
        e);
  }

  @Override
  public long version(GroupId group) {
    try (Connection c = connection()) {
      return version(c, group);
    } catch (SQLException e) {
      throw failure("group " + group + ": cannot read the version", e);
    }
  }

  private static long version(Connection c, GroupId group) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(VERSION)) {
      p.setString(1, group.value());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    Appends.check(group, expectedVersion, events);
    Forgets.check(sealer, events, "PostgreSQL store");
    List<MemberId> forgotten = Forgets.forgotten(events);
    List<SessionId> expired = TextRetention.expired(events);
    List<? extends GroupEvent> written = Forgets.retain(sealer, events);
    int n = written.size();
    Long[] sequences = new Long[n];
    String[] types = new String[n];
    String[] payloads = new String[n];
    for (int i = 0; i < n; i++) {
      GroupEvent e = written.get(i);
      byte[] json = RecordCodec.json(e, sealer);
      sequences[i] = e.sequence();
      types[i] = typeOf(json, e);
      payloads[i] = new String(json, StandardCharsets.UTF_8);
    }
    try (Connection c = connection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute(beginAppend);
          s.execute("SELECT pg_advisory_xact_lock_shared(" + groupLock(group) + ")");
        }
        int inserted;
        try (PreparedStatement p = c.prepareStatement(APPEND)) {
          Array seqArray = c.createArrayOf("bigint", sequences);
          Array typeArray = c.createArrayOf("text", types);
          Array payloadArray = c.createArrayOf("text", payloads);
          p.setString(1, group.value());
          p.setInt(2, JsonLinesEventStore.SCHEMA_VERSION);
          p.setArray(3, seqArray);
          p.setArray(4, typeArray);
          p.setArray(5, payloadArray);
          p.setString(6, group.value());
          p.setLong(7, expectedVersion);
          inserted = p.executeUpdate();
        }
        if (inserted != n) {
          c.rollback();
          throw new VersionConflictException(group, expectedVersion, version(c, group));
        }
        if (!forgotten.isEmpty()) {
          JdbcMemberKeys t = tableKeys;
          if (t != null) {
            for (MemberId m : forgotten) {
              t.destroy(c, group, m);
            }
          }
          try (PreparedStatement p = c.prepareStatement(DROP_SNAPSHOT)) {
            p.setString(1, group.value());
            p.executeUpdate();
          }
        }
        JdbcMemberKeys k = tableKeys;
        if (k != null) {
          for (SessionId session : expired) {
            k.destroyRetentionKey(c, group, session);
          }
        }
        c.commit();
        Sealer s = sealer;
        if (s != null && k == null) {
          for (MemberId m : forgotten) {
            s.keys().destroy(group, m);
          }
          Forgets.destroyExpired(s, group, events);
        }
        return expectedVersion + n;
      } catch (SQLException e) {
        rollback(c, e);
        String state = String.valueOf(e.getSQLState());
        if (state.equals(UNIQUE_VIOLATION)) {
          throw new VersionConflictException(group, expectedVersion, version(c, group));
        }
        if (state.equals(LOCK_NOT_AVAILABLE)) {
          throw lockTimedOut(e);
        }
        if (state.startsWith(DATA_EXCEPTION)) {
          throw new IllegalArgumentException(
              "group "
                  + group
                  + ": the database refuses the events "
                  + (expectedVersion + 1)
                  + " to "
                  + (expectedVersion + n)
                  + ", nothing is appended: "
                  + e.getMessage(),
              e);
        }
        throw e;
      } finally {
        JdbcMemberKeys k = tableKeys;
        if (k != null) {
          for (MemberId m : forgotten) {
            k.forget(group, m);
          }
          for (SessionId session : expired) {
            k.forgetRetentionKey(group, session);
          }
        }
        restore(c, auto);
      }
    } catch (SQLException e) {
      throw failure("group " + group + ": cannot append", e);
    }
  }

  /**
   * Returns the type of an event from its JSON, which the mapper writes with {@code type} first.
   */
  private static String typeOf(byte[] json, GroupEvent event) {
    int p = Envelopes.expect(json, 0, json.length, TYPE);
    if (p > 0) {
      for (int q = p; q < json.length; q++) {
        if (json[q] == '"') {
          return new String(json, p, q - p, StandardCharsets.UTF_8);
        }
        if (json[q] == '\\') {
          break;
        }
      }
    }
    throw new IllegalArgumentException(
        "event " + event.sequence() + " is not written with its type first");
  }

  @Override
  public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
    List<GroupEvent> events = new ArrayList<>();
    forEach(group, fromSequence, toSequence, events::add);
    return Collections.unmodifiableList(events);
  }

  @Override
  public void forEach(
      GroupId group, long fromSequence, long toSequence, Consumer<? super GroupEvent> sink) {
    Appends.checkFrom(fromSequence);
    try (Connection c = connection()) {
      if (toSequence < fromSequence) {
        return;
      }
      reads.forEach(c, group, fromSequence, toSequence, sink);
    } catch (SQLException e) {
      throw failure("group " + group + ": cannot read", e);
    }
  }

  static Path where(GroupId group) {
    return Path.of(TABLE, group.value());
  }

  @Override
  public Optional<GroupState> loadSnapshot(GroupId group) {
    return snapshots.load(group);
  }

  @Override
  public void saveSnapshot(GroupState state) {
    snapshots.save(state);
  }

  @Override
  public Optional<EventFeed> feed() {
    return Optional.of(feed);
  }

  @Override
  public Set<GroupId> groups() {
    Set<GroupId> ids = new TreeSet<>();
    try (Connection c = connection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(GROUPS)) {
      while (r.next()) {
        ids.add(GroupId.of(r.getString(1)));
      }
    } catch (SQLException e) {
      throw failure("cannot list the groups", e);
    }
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public void close() {
    closed = true;
  }

  /** Rolls back after a failure, adding a failure of the rollback to it. */
  static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Puts a connection back in the auto-commit mode it was handed out in. */
  static void restore(Connection c, boolean autoCommit) throws SQLException {
    if (autoCommit) {
      c.setAutoCommit(true);
    }
  }

  /** Wraps a failure of the database as the store interface says. */
  static UncheckedIOException failure(String what, SQLException e) {
    return new UncheckedIOException(
        new IOException(what + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e));
  }
}
