package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL server of this test's own (on a data directory it keeps) stopped at once ({@code
 * pg_ctl stop -m immediate}, as a crash would) while a runtime's threads append, then started again
 * on the same directory and port: the runtime reports the outage with a clear exception and writes
 * nothing in part, and carries on once the server is back, without being made again.
 */
class JdbcOutageTest {
  private static final GroupId GROUP = GroupId.of("outage");
  private static final MemberId[] SPEAKERS = {Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL};
  private static final int THREADS = 4;

  @TempDir Path dir;

  @Test
  void should_report_an_outage_and_carry_on_once_the_server_is_back() throws Exception {
    // given a server of the test's own, and a runtime whose threads append in a loop
    Path data = dir.resolve("data");
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    List<String> other = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .start()) {
      DataSource ds =
          new DriverDataSource(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", null);
      JdbcEventStore store = JdbcEventStore.builder(ds).createSchema(true).build();
      try (GroupRuntime runtime =
          GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
        GroupHandle g = runtime.group(GROUP);
        Fixtures.running(3).forEach(g::submit);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          writers.add(writer(g, t, stop, acknowledged, failures, other));
        }
        writers.forEach(Thread::start);
        awaitTrue(() -> acknowledged.size() >= 100, "100 commands before the stop");

        // when the server stops at once
        pgCtl(data, "-m", "immediate", "stop");
        int ackedAtStop = acknowledged.size();
        awaitTrue(() -> failures.size() >= 2 * THREADS, "failures during the outage");

        // then a submission fails with a clear exception, and appends nothing
        assertThatThrownBy(() -> g.submit(Fixtures.say(Fixtures.ALICE, "s1", "in the outage")))
            .isInstanceOf(UncheckedIOException.class)
            .hasMessageContaining("group outage: cannot");
        assertThat(acknowledged.size())
            .as("acknowledged while down")
            .isLessThanOrEqualTo(ackedAtStop + THREADS);

        // and once the server is back on the same directory and port, the runtime carries on
        pgCtl(data, "-l", dir.resolve("restart.log").toString(), "restart");
        int ackedAtRestart = acknowledged.size();
        awaitTrue(() -> acknowledged.size() >= ackedAtRestart + 100, "commands after the restart");
        stop.set(true);
        for (Thread w : writers) {
          w.join();
        }
        Submission after = g.submit(Fixtures.say(Fixtures.ALICE, "s1", "after the outage"));
        assertThat(after.isAccepted()).isTrue();
      }
      assertThat(other).as("failures other than the outage").isEmpty();
      assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOf(UncheckedIOException.class));

      // every acknowledged command is stored once, and the log is whole and replays
      List<String> stored = JdbcWorkload.check(store, List.of(GROUP)).get(GROUP);
      Set<String> distinct = new HashSet<>(stored);
      assertThat(stored).as("stored commands").hasSameSizeAs(distinct);
      assertThat(distinct)
          .containsAll(acknowledged)
          .contains("after the outage")
          .doesNotContain("in the outage");
      store.close();
    }
  }

  /** A thread that submits contributions until stopped, pausing a little after each failure. */
  private static Thread writer(
      GroupHandle g,
      int thread,
      AtomicBoolean stop,
      List<String> acknowledged,
      List<RuntimeException> failures,
      List<String> other) {
    return new Thread(
        () -> {
          for (int i = 0; !stop.get(); i++) {
            String id = "w" + thread + "-" + i;
            try {
              Submission s = g.submit(Fixtures.say(SPEAKERS[(thread + i) % 3], "s1", id));
              if (s.isAccepted()) {
                acknowledged.add(id);
              } else {
                other.add(id + " " + s.status() + ": " + s.rejection());
              }
            } catch (UncheckedIOException e) {
              failures.add(e);
              sleep(20);
            } catch (RuntimeException e) {
              other.add(id + " failed: " + e);
              sleep(20);
            }
          }
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /**
   * Runs the server's {@code pg_ctl} on the data directory, as the embedded server runs its own
   * commands (in a user namespace of its own when run as root, which PostgreSQL refuses). A {@code
   * restart} of a stopped server starts it with the options it last ran with (its data directory's
   * {@code postmaster.opts}), so on the same port.
   */
  private void pgCtl(Path data, String... args) throws IOException, InterruptedException {
    String opts = Files.readString(data.resolve("postmaster.opts"), StandardCharsets.UTF_8);
    Path postgres = Path.of(opts.strip().split(" ", 2)[0]);
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(postgres.resolveSibling("pg_ctl").toString());
    command.addAll(List.of("-D", data.toString(), "-w", "-t", "60"));
    command.addAll(List.of(args));
    Path out = dir.resolve("pg_ctl.out");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("pg_ctl %s ends", List.of(args)).isTrue();
    assertThat(p.exitValue())
        .as("pg_ctl %s: %s", List.of(args), Files.readString(out, StandardCharsets.UTF_8))
        .isZero();
  }
}
