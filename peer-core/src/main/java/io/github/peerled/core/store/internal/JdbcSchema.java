package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.JdbcEventStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates the tables of the PostgreSQL store by running the schema scripts shipped in the jar that
 * the database has not applied yet. Thread-safe (stateless); processes that start together
 * serialise on an advisory lock.
 */
public final class JdbcSchema {
  /** The key of the transaction-scoped advisory lock held while the scripts run. */
  static final long LOCK_KEY = 0x7065_6572_6c65_6431L;

  /** The scripts, in order: the script of schema version {@code n} is at index {@code n - 1}. */
  private static final List<String> SCRIPTS =
      List.of("V1__events.sql", "V2__feed.sql", "V3__member_keys.sql", "V4__retention_keys.sql");

  private JdbcSchema() {}

  /**
   * Runs, in one transaction under the advisory lock, every schema script newer than the version
   * the database records.
   *
   * @param dataSource the database
   * @throws UncheckedIOException if a script cannot be read or fails; nothing is changed
   */
  public static void create(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        for (int v = applied(s) + 1; v <= JdbcEventStore.SCHEMA_VERSION; v++) {
          s.execute(script(v));
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        JdbcStore.rollback(c, e);
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw JdbcStore.failure("cannot create the schema", e);
    }
  }

  /** Returns the newest schema version the database records, 0 if none. */
  private static int applied(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT to_regclass('peerled_schema_version') IS NOT NULL")) {
      r.next();
      if (!r.getBoolean(1)) {
        return 0;
      }
    }
    try (ResultSet r =
        s.executeQuery("SELECT coalesce(max(version), 0) FROM peerled_schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Returns the text of the script of a schema version. */
  static String script(int version) {
    String name = "/" + JdbcEventStore.SCHEMA_LOCATION + SCRIPTS.get(version - 1);
    try (InputStream in = JdbcSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the jar lacks the schema script " + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema script " + name, e);
    }
  }
}
