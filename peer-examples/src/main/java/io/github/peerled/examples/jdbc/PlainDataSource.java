package io.github.peerled.examples.jdbc;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a {@link DataSource} that the tool's own data sources (the one {@code peer migrate}
 * opens from a URL, the benchmarks' small pool) leave as the interface's plumbing: no log writer,
 * no login timeout, no wrapping. Subclasses give only how a connection is had. Thread-safety is the
 * subclass's to state.
 */
public abstract class PlainDataSource implements DataSource {
  /** For subclasses. */
  protected PlainDataSource() {}

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
