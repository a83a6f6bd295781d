package io.github.peerled.core.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a schema of its own on the test run's PostgreSQL server ({@link
 * PostgresServer}), created before its first test and dropped after its last. Register it as a
 * static field with {@code @RegisterExtension}.
 */
final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresSchema.class);

  private @Nullable PostgresServer server;
  private @Nullable String schema;

  @Override
  public void beforeAll(ExtensionContext context) {
    PostgresServer s =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                PostgresServer.class, k -> PostgresServer.start(), PostgresServer.class);
    String name =
        "t_"
            + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
            + "_"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    s.execute("CREATE SCHEMA " + name);
    server = s;
    schema = name;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    PostgresServer s = server;
    if (s != null && schema != null) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** Returns the server. */
  PostgresServer server() {
    if (server == null) {
      throw new IllegalStateException("the schema is made before the first test of the class");
    }
    return server;
  }

  /** Returns the schema's name. */
  String name() {
    if (schema == null) {
      throw new IllegalStateException("the schema is made before the first test of the class");
    }
    return schema;
  }

  /** Returns a new data source whose connections work in the class's schema. */
  DataSource dataSource() {
    return server().dataSource(name());
  }

  /** Runs statements in the class's schema. */
  void execute(String sql) {
    server().execute("SET search_path TO " + name() + "; " + sql);
  }

  /**
   * Returns the first column of every row the queries give, one row a line, as UTF-8 bytes: what
   * the tables hold, for a test to search for words that must not be there.
   */
  byte[] text(String... queries) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : queries) {
        try (ResultSet r = s.executeQuery(sql)) {
          while (r.next()) {
            all.append(r.getString(1)).append('\n');
          }
        }
      }
    }
    return all.toString().getBytes(StandardCharsets.UTF_8);
  }
}
