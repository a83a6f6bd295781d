package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Keys in the PostgreSQL tables {@code peerled_member_keys} (the live key of each member of a
 * group) and {@code peerled_member_key_generations} (the count of each member's generations),
 * created by the store's schema script {@code V3__member_keys.sql}. Several processes may share the
 * tables: a member's key is made under a lock on the member's generation row, so that all of them
 * use the same key. The current keys are cached in memory; a lookup by generation asks the
 * database, so that a key another process destroyed is gone here too. Thread-safe.
 */
public final class JdbcMemberKeys implements MemberKeyStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String ENSURE_GENERATION_ROW =
      "INSERT INTO peerled_member_key_generations (group_id, member_id, generation)"
          + " VALUES (?, ?, 0) ON CONFLICT (group_id, member_id) DO NOTHING";

  private static final String LOCK_GENERATION =
      "SELECT generation FROM peerled_member_key_generations"
          + " WHERE group_id = ? AND member_id = ? FOR UPDATE";

  private static final String LIVE =
      "SELECT generation, key FROM peerled_member_keys WHERE group_id = ? AND member_id = ?";

  private static final String COUNT =
      "UPDATE peerled_member_key_generations SET generation = ?"
          + " WHERE group_id = ? AND member_id = ?";

  private static final String INSERT =
      "INSERT INTO peerled_member_keys (group_id, member_id, generation, key) VALUES (?, ?, ?, ?)";

  private static final String FIND =
      "SELECT key FROM peerled_member_keys"
          + " WHERE group_id = ? AND member_id = ? AND generation = ?";

  private static final String DELETE =
      "DELETE FROM peerled_member_keys WHERE group_id = ? AND member_id = ?";

  /** Identifies a member of a group. */
  private record Who(GroupId group, MemberId member) {}

  /** Identifies one generation of a member's key. */
  private record Generation(GroupId group, MemberId member, int generation) {}

  private final DataSource dataSource;
  private final ConcurrentHashMap<Who, MemberKey> current = new ConcurrentHashMap<>();

  /** Counts the keys dropped from the cache: a key read before a drop is not cached after it. */
  private final AtomicLong drops = new AtomicLong();

  /**
   * Creates a key store over the tables of a database.
   *
   * @param dataSource the database
   */
  public JdbcMemberKeys(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Returns the database.
   *
   * @return the data source the keys were made over
   */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public MemberKey current(GroupId group, MemberId member) {
    Who who = new Who(group, member);
    MemberKey cached = current.get(who);
    if (cached != null) {
      return cached;
    }
    long dropsBefore = drops.get();
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        MemberKey key = liveOrNew(c, group, member);
        c.commit();
        current.put(who, key);
        if (drops.get() != dropsBefore) {
          current.remove(who);
        }
        return key;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        if (auto) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failure("group " + group + ", member " + member + ": cannot make or read the key", e);
    }
  }

  /** The member's live key, or a new one of the next generation, under the generation row lock. */
  private static MemberKey liveOrNew(Connection c, GroupId group, MemberId member)
      throws SQLException {
    int counted;
    try (PreparedStatement p = c.prepareStatement(ENSURE_GENERATION_ROW)) {
      bind(p, group, member);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(LOCK_GENERATION)) {
      bind(p, group, member);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        counted = r.getInt(1);
      }
    }
    try (PreparedStatement p = c.prepareStatement(LIVE)) {
      bind(p, group, member);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return new MemberKey(r.getInt(1), new SecretKeySpec(r.getBytes(2), "AES"));
        }
      }
    }
    int generation = counted + 1;
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    try (PreparedStatement p = c.prepareStatement(COUNT)) {
      p.setInt(1, generation);
      p.setString(2, group.value());
      p.setString(3, member.value());
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(INSERT)) {
      bind(p, group, member);
      p.setInt(3, generation);
      p.setBytes(4, bytes);
      p.executeUpdate();
    }
    return new MemberKey(generation, new SecretKeySpec(bytes, "AES"));
  }

  @Override
  public Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, group, member, generation);
    } catch (SQLException e) {
      throw failure("group " + group + ", member " + member + ": cannot read the key", e);
    }
  }

  private static Optional<MemberKey> find(
      Connection c, GroupId group, MemberId member, int generation) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(FIND)) {
      bind(p, group, member);
      p.setInt(3, generation);
      try (ResultSet r = p.executeQuery()) {
        return r.next()
            ? Optional.of(new MemberKey(generation, new SecretKeySpec(r.getBytes(1), "AES")))
            : Optional.empty();
      }
    }
  }

  @Override
  public void destroy(GroupId group, MemberId member) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        destroy(c, group, member);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        forget(group, member);
        if (auto) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failure("group " + group + ", member " + member + ": cannot destroy the key", e);
    }
  }

  /**
   * Deletes the member's key row in the caller's transaction, holding the lock on the member's
   * generation row until it ends, so that no key of theirs is made or read from the cache
   * meanwhile. The caller calls {@link #forget} once the transaction has ended, committed or not.
   *
   * @param c a connection to this key store's database, in a transaction
   * @param group the group
   * @param member the member
   * @throws SQLException if the database fails
   */
  public void destroy(Connection c, GroupId group, MemberId member) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(LOCK_GENERATION)) {
      bind(p, group, member);
      p.executeQuery().close();
    }
    try (PreparedStatement p = c.prepareStatement(DELETE)) {
      bind(p, group, member);
      p.executeUpdate();
    }
  }

  /**
   * Drops a member's key from the cache, so that the next {@link #current} asks the database.
   *
   * @param group the group
   * @param member the member
   */
  public void forget(GroupId group, MemberId member) {
    drops.incrementAndGet();
    current.remove(new Who(group, member));
  }

  /**
   * Returns a view of the keys for one read on one connection: {@link MemberKeyStore#find} asks the
   * database once for each generation the read meets, on that connection, and remembers the answer
   * for the read. Not thread-safe; use it on the reading thread only.
   *
   * @param c a connection to this key store's database, open for the read
   * @return the view; {@code current} and {@code destroy} are this store's
   */
  public MemberKeyStore reading(Connection c) {
    return new Reading(c);
  }

  /** The keys of one read. */
  private final class Reading implements MemberKeyStore {
    private final Connection connection;
    private final Map<Generation, Optional<MemberKey>> seen = new HashMap<>();

    Reading(Connection connection) {
      this.connection = connection;
    }

    @Override
    public MemberKey current(GroupId group, MemberId member) {
      return JdbcMemberKeys.this.current(group, member);
    }

    @Override
    public Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
      Generation g = new Generation(group, member, generation);
      Optional<MemberKey> known = seen.get(g);
      if (known != null) {
        return known;
      }
      Optional<MemberKey> found;
      try {
        found = JdbcMemberKeys.find(connection, group, member, generation);
      } catch (SQLException e) {
        throw failure("group " + group + ", member " + member + ": cannot read the key", e);
      }
      seen.put(g, found);
      return found;
    }

    @Override
    public void destroy(GroupId group, MemberId member) {
      JdbcMemberKeys.this.destroy(group, member);
    }
  }

  private static void bind(PreparedStatement p, GroupId group, MemberId member)
      throws SQLException {
    p.setString(1, group.value());
    p.setString(2, member.value());
  }

  private static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** A failure of the database as the key store interface says, with a hint if a table lacks. */
  private static UncheckedIOException failure(String what, SQLException e) {
    String hint =
        "42P01".equals(e.getSQLState())
            ? " (the member key tables are missing: build the store with createSchema(true), or"
                + " run the schema script V3__member_keys.sql)"
            : "";
    return new UncheckedIOException(
        new IOException(
            what + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")" + hint, e));
  }

  @Override
  public String toString() {
    return "JdbcMemberKeys";
  }
}
