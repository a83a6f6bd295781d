package io.github.peerled.core.store;

import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A writer process of {@link TwoProcessJdbcTest}: runs {@link JdbcWorkload} through its own runtime
 * over a PostgreSQL database, and prints {@code ack ID} (flushed) after each accepted command, then
 * {@code failure ...} for each command that did not commit, {@code conflicts N} and {@code done}.
 *
 * <p>Arguments: the JDBC URL, the user, the password, the schema, the writer's name, the number of
 * commands per thread (0: until killed, at most {@link JdbcWorkload#MAX_RUN}).
 */
public final class JdbcWriterMain {
  private JdbcWriterMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    String writer = args[4];
    int perThread = Integer.parseInt(args[5]);
    DriverDataSource dataSource = new DriverDataSource(args[0], args[1], args[2], args[3]);
    ConflictCountingStore store =
        new ConflictCountingStore(JdbcEventStore.builder(dataSource).build());
    try (GroupRuntime runtime =
        GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
      JdbcWorkload.setUp(runtime, List.of(JdbcWorkload.own(writer)));
      print(out, "ready");
      JdbcWorkload.Result r =
          JdbcWorkload.run(runtime, writer, perThread, () -> false, id -> print(out, "ack " + id));
      for (String f : r.failures()) {
        print(out, "failure " + f);
      }
      print(out, "conflicts " + store.conflicts());
      print(out, "appends " + store.appends());
      print(out, "done");
    }
    store.close();
  }

  private static void print(PrintStream out, String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
