package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.internal.ExclusiveAppends;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A writer of the PostgreSQL store waits for another's lock at most its lock timeout: a holder that
 * never lets go (here a connection that keeps the lock and does nothing more) is reported as a
 * failure, and nothing is written, instead of a writer that hangs.
 */
class JdbcLockTimeoutTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  private static final GroupId GROUP = GroupId.of("town-hall");
  private static final String GROUP_LOCK = 0x7065_6572 + ", " + GROUP.value().hashCode();
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  /** How long the test waits before it calls a writer hung (the old behaviour). */
  private static final long HUNG_SECONDS = 20;

  private @Nullable Connection holder;

  @BeforeEach
  void emptyTables() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("TRUNCATE peerled_events, peerled_snapshots, peerled_checkpoints");
  }

  @AfterEach
  void letGo() throws SQLException {
    if (holder != null) {
      holder.close();
    }
  }

  /** Runs statements on a connection of its own that then holds what they took, and stalls. */
  private void stuckHolder(boolean inTransaction, String... sql) throws SQLException {
    Connection c = DB.dataSource().getConnection();
    holder = c;
    c.setAutoCommit(!inTransaction);
    try (Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  private static JdbcEventStore store() {
    return JdbcEventStore.builder(DB.dataSource()).lockTimeout(TIMEOUT).build();
  }

  /** Runs a step on another thread and returns what it threw, failing if it waits too long. */
  private static Throwable failureOf(Supplier<?> step) throws Exception {
    CompletableFuture<@Nullable Throwable> f =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                var unused = step.get();
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    long t0 = System.nanoTime();
    Throwable thrown = f.get(HUNG_SECONDS, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(thrown).as("the step's failure").isNotNull();
    return thrown;
  }

  @Test
  void should_fail_an_append_whose_group_lock_a_stuck_holder_keeps() throws Exception {
    // given a session that took the group's advisory lock alone and stalls
    stuckHolder(false, "SELECT pg_advisory_lock(" + GROUP_LOCK + ")");
    try (JdbcEventStore store = store()) {
      // when a writer appends to the group
      Throwable thrown =
          failureOf(() -> store.append(GROUP, 0, EventStoreContract.logWith(GROUP, "a")));

      // then it fails after the lock timeout, says why, and writes nothing
      assertThat(thrown)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("group town-hall: cannot append")
          .hasMessageContaining("not granted within 300 ms")
          .hasMessageContaining("55P03");
      assertThat(store.version(GROUP)).isZero();

      // and once the holder lets go, the same store appends
      letGo();
      holder = null;
      List<GroupEvent> log = EventStoreContract.logWith(GROUP, "a");
      assertThat(store.append(GROUP, 0, log)).isEqualTo(log.size());
    }
  }

  @Test
  void should_fail_an_exclusive_section_while_an_append_is_left_open() throws Exception {
    // given a transaction that took the group's shared lock, as an append does, and stays open
    stuckHolder(true, "SELECT pg_advisory_xact_lock_shared(" + GROUP_LOCK + ")");
    try (JdbcEventStore store = store()) {
      // when a runtime that lost a race wants the group alone
      Throwable thrown = failureOf(() -> ((ExclusiveAppends) store).exclusively(GROUP, () -> 1));

      // then it fails after the lock timeout and says why
      assertThat(thrown)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("group town-hall: cannot lock")
          .hasMessageContaining("not granted within 300 ms");
    }
  }

  @Test
  void should_fail_an_append_that_waits_for_the_key_of_an_insert_left_open() throws Exception {
    // given a transaction that inserted the group's first event and stays open
    stuckHolder(
        true,
        "SET search_path TO " + DB.name(),
        "INSERT INTO peerled_events (group_id, sequence, type, schema_version, payload)"
            + " VALUES ('town-hall', 1, 'x', 1, '{}')");
    try (JdbcEventStore store = store()) {
      // when a writer appends the same sequence number
      Throwable thrown =
          failureOf(() -> store.append(GROUP, 0, EventStoreContract.logWith(GROUP, "a")));

      // then it fails after the lock timeout, not with a conflict it cannot know yet
      assertThat(thrown)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("not granted within 300 ms");
    }
  }

  @Test
  void should_accept_only_a_lock_timeout_from_1_ms_to_1_hour_or_zero() {
    JdbcEventStore.Builder b = JdbcEventStore.builder(DB.dataSource());
    assertThat(b.lockTimeout(Duration.ZERO)).isSameAs(b);
    assertThat(b.lockTimeout(Duration.ofHours(1))).isSameAs(b);
    assertThatThrownBy(() -> b.lockTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.lockTimeout(Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.lockTimeout(Duration.ofMinutes(61)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lock timeout must be zero or from 1 ms to 1 hour, was PT1H1M");
  }
}
