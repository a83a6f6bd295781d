package io.github.peerled.examples.cli;

import io.github.peerled.examples.jdbc.PlainDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A data source that opens a new connection through the JDBC driver each time (no pool): right for
 * a command that runs once. The user and password come from the URL's parameters ({@code
 * ?user=...&password=...}) or, when the URL has none, from {@code PEERLED_PG_USER} and {@code
 * PEERLED_PG_PASSWORD}.
 */
final class UrlDataSource extends PlainDataSource {
  private final String url;
  private final Properties properties = new Properties();

  UrlDataSource(String url, @Nullable String user, @Nullable String password) {
    this.url = url;
    // parameters in the URL take precedence over these properties in the PostgreSQL driver
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
  }

  /** Returns a data source for the URL, with the user and password of the environment. */
  static UrlDataSource fromEnvironment(String url) {
    return new UrlDataSource(
        url, System.getenv("PEERLED_PG_USER"), System.getenv("PEERLED_PG_PASSWORD"));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties p = new Properties();
    p.putAll(properties);
    p.setProperty("user", username);
    p.setProperty("password", password);
    return DriverManager.getConnection(url, p);
  }
}
