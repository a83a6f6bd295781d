package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.session.SessionId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Keys in PostgreSQL tables: the live key of each member of a group in {@code peerled_member_keys},
 * with the count of each member's generations in {@code peerled_member_key_generations} (schema
 * script {@code V3__member_keys.sql}), and the live retention key of each session in {@code
 * peerled_retention_keys}, counted in {@code peerled_retention_key_generations} ({@code
 * V4__retention_keys.sql}). Several processes may share the tables: a key is made under a lock on
 * its owner's generation row, so that all of them use the same key. The current keys are cached in
 * memory; a lookup by generation asks the database, so that a key another process destroyed is gone
 * here too. Thread-safe.
 */
public final class JdbcMemberKeys implements MemberKeyStore {
  /** Identifies the owner of a key: a member or a session of a group, in its table. */
  private record Owner(KeyTable table, GroupId group, String id) {
    String describe() {
      return "group "
          + group
          + (table == KeyTable.MEMBERS ? ", member " : ", session ")
          + id
          + ": cannot ";
    }
  }

  /** Identifies one generation of an owner's key. */
  private record Generation(Owner owner, int generation) {}

  private final DataSource dataSource;
  private final ConcurrentHashMap<Owner, MemberKey> current = new ConcurrentHashMap<>();

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

  private static Owner member(GroupId group, MemberId member) {
    return new Owner(KeyTable.MEMBERS, group, member.value());
  }

  private static Owner session(GroupId group, SessionId session) {
    return new Owner(KeyTable.SESSIONS, group, session.value());
  }

  @Override
  public MemberKey current(GroupId group, MemberId member) {
    return current(member(group, member));
  }

  @Override
  public Optional<MemberKey> find(GroupId group, MemberId member, int generation) {
    return find(member(group, member), generation);
  }

  @Override
  public void destroy(GroupId group, MemberId member) {
    destroy(member(group, member));
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
    KeyTable.MEMBERS.destroy(c, group, member.value());
  }

  /**
   * Drops a member's key from the cache, so that the next {@link #current} asks the database.
   *
   * @param group the group
   * @param member the member
   */
  public void forget(GroupId group, MemberId member) {
    drop(member(group, member));
  }

  /**
   * {@inheritDoc}
   *
   * @return true: the retention keys are rows of {@code peerled_retention_keys}
   */
  @Override
  public boolean keepsRetentionKeys() {
    return true;
  }

  @Override
  public MemberKey retentionKey(GroupId group, SessionId session) {
    return current(session(group, session));
  }

  @Override
  public Optional<MemberKey> findRetentionKey(GroupId group, SessionId session, int generation) {
    return find(session(group, session), generation);
  }

  @Override
  public void destroyRetentionKey(GroupId group, SessionId session) {
    destroy(session(group, session));
  }

  /**
   * Deletes a session's retention key row in the caller's transaction, holding the lock on the
   * session's generation row until it ends. The caller calls {@link #forgetRetentionKey} once the
   * transaction has ended, committed or not.
   *
   * @param c a connection to this key store's database, in a transaction
   * @param group the group
   * @param session the session
   * @throws SQLException if the database fails
   */
  public void destroyRetentionKey(Connection c, GroupId group, SessionId session)
      throws SQLException {
    KeyTable.SESSIONS.destroy(c, group, session.value());
  }

  /**
   * Drops a session's retention key from the cache, so that the next {@link #retentionKey} asks the
   * database.
   *
   * @param group the group
   * @param session the session
   */
  public void forgetRetentionKey(GroupId group, SessionId session) {
    drop(session(group, session));
  }

  private MemberKey current(Owner owner) {
    MemberKey cached = current.get(owner);
    if (cached != null) {
      return cached;
    }
    long dropsBefore = drops.get();
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        MemberKey key = owner.table().liveOrNew(c, owner.group(), owner.id());
        c.commit();
        current.put(owner, key);
        if (drops.get() != dropsBefore) {
          current.remove(owner);
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
      throw failure(owner, "make or read the " + owner.table().what(), e);
    }
  }

  private Optional<MemberKey> find(Owner owner, int generation) {
    try (Connection c = dataSource.getConnection()) {
      return owner.table().find(c, owner.group(), owner.id(), generation);
    } catch (SQLException e) {
      throw failure(owner, "read the " + owner.table().what(), e);
    }
  }

  private void destroy(Owner owner) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        owner.table().destroy(c, owner.group(), owner.id());
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      } finally {
        drop(owner);
        if (auto) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failure(owner, "destroy the " + owner.table().what(), e);
    }
  }

  private void drop(Owner owner) {
    drops.incrementAndGet();
    current.remove(owner);
  }

  /**
   * Returns a view of the keys for one read on one connection: {@link MemberKeyStore#find} and
   * {@link MemberKeyStore#findRetentionKey} ask the database once for each generation the read
   * meets, on that connection, and remember the answer for the read. Not thread-safe; use it on the
   * reading thread only.
   *
   * @param c a connection to this key store's database, open for the read
   * @return the view; making and destroying keys are this store's
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
      return find(member(group, member), generation);
    }

    @Override
    public void destroy(GroupId group, MemberId member) {
      JdbcMemberKeys.this.destroy(group, member);
    }

    @Override
    public boolean keepsRetentionKeys() {
      return true;
    }

    @Override
    public MemberKey retentionKey(GroupId group, SessionId session) {
      return JdbcMemberKeys.this.retentionKey(group, session);
    }

    @Override
    public Optional<MemberKey> findRetentionKey(GroupId group, SessionId session, int generation) {
      return find(session(group, session), generation);
    }

    @Override
    public void destroyRetentionKey(GroupId group, SessionId session) {
      JdbcMemberKeys.this.destroyRetentionKey(group, session);
    }

    private Optional<MemberKey> find(Owner owner, int generation) {
      Generation g = new Generation(owner, generation);
      Optional<MemberKey> known = seen.get(g);
      if (known != null) {
        return known;
      }
      Optional<MemberKey> found;
      try {
        found = owner.table().find(connection, owner.group(), owner.id(), generation);
      } catch (SQLException e) {
        throw failure(owner, "read the " + owner.table().what(), e);
      }
      seen.put(g, found);
      return found;
    }
  }

  private static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** A failure of the database as the key store interface says, with a hint if a table lacks. */
  private static UncheckedIOException failure(Owner owner, String what, SQLException e) {
    KeyTable table = owner.table();
    String hint =
        "42P01".equals(e.getSQLState())
            ? " (the "
                + table.what()
                + " tables are missing: build the store with createSchema(true), or run the"
                + " schema script "
                + table.script()
                + ")"
            : "";
    return new UncheckedIOException(
        new IOException(
            owner.describe()
                + what
                + ": "
                + e.getMessage()
                + " (SQLState "
                + e.getSQLState()
                + ")"
                + hint,
            e));
  }

  @Override
  public String toString() {
    return "JdbcMemberKeys";
  }
}
