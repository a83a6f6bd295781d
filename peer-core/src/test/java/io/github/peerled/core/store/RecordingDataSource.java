package io.github.peerled.core.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a data source and records what the store asks of its connections and statements: the SQL it
 * runs, the auto-commit mode it sets, the fetch size of its statements and whether it commits.
 */
final class RecordingDataSource {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final DataSource source;

  RecordingDataSource(DataSource target) {
    this.source = wrap(DataSource.class, target);
  }

  DataSource dataSource() {
    return source;
  }

  /** Returns the calls so far, such as {@code execute SET LOCAL ...}, {@code setFetchSize 100}. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  void clear() {
    calls.clear();
  }

  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler h =
        (proxy, method, args) -> {
          record(method, args);
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return wrapResult(method, result);
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
  }

  private @Nullable Object wrapResult(Method method, @Nullable Object result) {
    if (result instanceof PreparedStatement p) {
      return wrap(PreparedStatement.class, p);
    }
    if (result instanceof Statement s) {
      return wrap(Statement.class, s);
    }
    if (result instanceof Connection c && method.getName().equals("getConnection")) {
      return wrap(Connection.class, c);
    }
    return result;
  }

  private void record(Method method, @Nullable Object[] args) {
    String name = method.getName();
    switch (name) {
      case "execute",
          "executeQuery",
          "executeUpdate",
          "prepareStatement",
          "setAutoCommit",
          "setFetchSize" ->
          calls.add(name + (args != null && args.length > 0 ? " " + args[0] : ""));
      case "commit", "rollback" -> calls.add(name);
      default -> {}
    }
  }
}
