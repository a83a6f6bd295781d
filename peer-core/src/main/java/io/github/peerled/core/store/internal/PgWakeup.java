package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.JdbcEventStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Wakes a subscription of the PostgreSQL feed when an append commits: one connection of its own
 * listens on {@link JdbcEventStore#FEED_CHANNEL}, and a wait returns at the first notification
 * (those that came since the previous wait included). The store needs only {@code java.sql}, so the
 * notifications are read through the PostgreSQL driver's {@code getNotifications(int)} found by
 * reflection; with another driver, or while the listening connection cannot be opened, a wait just
 * sleeps. Used by one subscription thread; {@link #wake} may be called from any thread.
 */
final class PgWakeup implements Wakeup {
  private static final String DRIVER_API = "org.postgresql.PGConnection";

  private final JdbcStore store;
  private final Wakeup sleeping = Wakeup.sleeping();
  private @Nullable Connection listening;
  private @Nullable Object driverConnection;
  private @Nullable Method getNotifications;
  private volatile boolean closed;
  private boolean noDriverApi;

  PgWakeup(JdbcStore store) {
    this.store = store;
  }

  @Override
  public void start() {
    listen();
  }

  @Override
  public void await(long millis) throws InterruptedException {
    if (!closed && listening == null) {
      listen();
    }
    Object target = driverConnection;
    Method m = getNotifications;
    if (target != null && m != null) {
      try {
        m.invoke(target, (int) Math.min(Integer.MAX_VALUE, Math.max(1, millis)));
        return;
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        stopListening(); // the connection failed: sleep now, listen again at the next wait
      }
    }
    sleeping.await(millis);
  }

  /** Opens the listening connection, or leaves this wake-up sleeping if it cannot. */
  private void listen() {
    if (noDriverApi) {
      return;
    }
    try {
      Connection c = store.connection();
      listening = c;
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("LISTEN " + JdbcEventStore.FEED_CHANNEL);
      }
      Object driver = c.unwrap(Object.class);
      Class<?> api;
      try {
        api = Class.forName(DRIVER_API, false, driver.getClass().getClassLoader());
      } catch (ClassNotFoundException e) {
        noDriverApi = true;
        throw e;
      }
      if (!api.isInstance(driver)) {
        noDriverApi = true;
        throw new ClassNotFoundException(DRIVER_API);
      }
      getNotifications = api.getMethod("getNotifications", int.class);
      driverConnection = driver;
    } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
      stopListening();
    }
  }

  private void stopListening() {
    Connection c = listening;
    listening = null;
    driverConnection = null;
    getNotifications = null;
    if (c != null) {
      // A pooled connection goes back to the pool: it must not keep listening.
      try (Statement s = c.createStatement()) {
        s.execute("UNLISTEN " + JdbcEventStore.FEED_CHANNEL);
      } catch (SQLException e) {
        // closing it is all that is left to do
      }
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the connection is gone either way
    }
  }

  @Override
  public void wake() {
    sleeping.wake();
    try (Connection c = store.connection();
        Statement s = c.createStatement()) {
      s.execute("SELECT pg_notify('" + JdbcEventStore.FEED_CHANNEL + "', '')");
    } catch (SQLException | RuntimeException e) {
      // the waiting thread ends after its poll interval instead
    }
  }

  @Override
  public void close() {
    closed = true;
    stopListening();
  }
}
