package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two runtimes in two processes (this JVM and a second one running {@link JdbcWriterMain}), 8
 * threads each, on two shared groups and one group of each, over one PostgreSQL database: each
 * command commits exactly once, and a writer killed in the middle of its appends loses none it
 * acknowledged while the other carries on.
 */
class TwoProcessJdbcTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  private static final int PER_THREAD = 40;
  private static final Duration START = Duration.ofSeconds(30);

  private static ChildJvm writer(String name, int perThread) {
    List<String> args = new ArrayList<>(DB.server().credentials());
    args.add(DB.name());
    args.add(name);
    args.add(String.valueOf(perThread));
    return ChildJvm.start(JdbcWriterMain.class, args.toArray(String[]::new));
  }

  private static List<GroupId> groups(String... writers) {
    List<GroupId> all = new ArrayList<>(JdbcWorkload.SHARED);
    for (String w : writers) {
      all.add(JdbcWorkload.own(w));
    }
    return all;
  }

  private static ConflictCountingStore store() {
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    DB.execute("DELETE FROM peerled_events");
    return new ConflictCountingStore(JdbcEventStore.builder(DB.dataSource()).build());
  }

  private static GroupRuntime runtime(EventStore store) {
    return GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build();
  }

  @Test
  void should_commit_each_command_exactly_once_with_two_runtimes_in_two_processes()
      throws Exception {
    // given this process's runtime over the database, with the shared groups and its own
    ConflictCountingStore store = store();
    JdbcWorkload.Result mine;
    List<String> childAcks;
    int childConflicts;
    try (GroupRuntime runtime = runtime(store)) {
      JdbcWorkload.setUp(runtime, groups("parent"));
      try (ChildJvm child = writer("child", PER_THREAD)) {
        assertThat(child.await(l -> l.contains("ready"), START)).as(child.errors()).isTrue();

        // when both processes run the workload at once
        mine = JdbcWorkload.run(runtime, "parent", PER_THREAD, () -> false, id -> {});
        assertThat(child.waitFor(Duration.ofSeconds(60))).as(child.errors()).isZero();
        assertThat(child.values("failure")).as("the other process's failures").isEmpty();
        childAcks = child.values("ack");
        childConflicts = Integer.parseInt(child.values("conflicts").get(0));
      }
    }

    // then every command of both committed, once, in the group it was sent to
    assertThat(mine.failures()).as("this process's failures").isEmpty();
    assertThat(mine.acknowledged()).hasSize(JdbcWorkload.THREADS * PER_THREAD);
    assertThat(childAcks).hasSize(JdbcWorkload.THREADS * PER_THREAD);
    Map<GroupId, List<String>> stored = JdbcWorkload.check(store, groups("parent", "child"));
    Map<GroupId, List<String>> expected =
        JdbcWorkload.expected(List.of("parent", "child"), PER_THREAD);
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<GroupId, List<String>> e : stored.entrySet()) {
      assertThat(e.getValue())
          .as("the commands in %s", e.getKey())
          .hasSameSizeAs(expected.get(e.getKey()))
          .containsExactlyInAnyOrderElementsOf(expected.get(e.getKey()));
    }
    // and the two processes did collide on the shared groups
    assertThat(store.conflicts() + childConflicts).as("conflicts retried").isPositive();
    store.close();
  }

  @Test
  void should_keep_every_acknowledged_command_of_a_writer_killed_in_the_middle_of_its_appends()
      throws Exception {
    // given this process's runtime, and another process writing the same groups in a loop
    ConflictCountingStore store = store();
    List<String> mineAcked = new CopyOnWriteArrayList<>();
    AtomicReference<JdbcWorkload.Result> mine = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<String> childAcks;
    try (GroupRuntime runtime = runtime(store)) {
      JdbcWorkload.setUp(runtime, groups("parent"));
      Thread parent;
      try (ChildJvm child = writer("victim", 0)) {
        assertThat(child.await(l -> l.contains("ready"), START)).as(child.errors()).isTrue();
        parent =
            new Thread(
                () -> {
                  try {
                    mine.set(JdbcWorkload.run(runtime, "parent", 0, stop::get, mineAcked::add));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
        parent.start();

        // when it is killed (SIGKILL) while its 8 threads append
        assertThat(child.await(l -> l.size() > 150, START)).as(child.errors()).isTrue();
        child.kill();
        childAcks = child.values("ack");
      }
      // then this runtime carries on: another 100 commands commit after the kill
      int atKill = mineAcked.size();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (mineAcked.size() < atKill + 100 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      stop.set(true);
      parent.join();
    }
    JdbcWorkload.Result result = Objects.requireNonNull(mine.get(), "this process's run");
    assertThat(result.failures()).as("this process's failures").isEmpty();
    assertThat(result.acknowledged().size()).isGreaterThanOrEqualTo(100);

    // and every acknowledged command of both is stored once; nothing is stored twice
    Map<GroupId, List<String>> stored = JdbcWorkload.check(store, groups("parent", "victim"));
    List<String> all = new ArrayList<>();
    stored.values().forEach(all::addAll);
    Set<String> distinct = new HashSet<>(all);
    assertThat(all).as("stored commands").hasSameSizeAs(distinct);
    assertThat(childAcks).as("the killed writer's acknowledged commands").isNotEmpty();
    assertThat(distinct).containsAll(childAcks).containsAll(result.acknowledged());
    // what else is stored is the killed writer's commands in flight, at most one per thread
    distinct.removeAll(childAcks);
    distinct.removeAll(result.acknowledged());
    assertThat(distinct).hasSizeLessThanOrEqualTo(JdbcWorkload.THREADS);
    assertThat(distinct).allMatch(id -> id.startsWith("victim-"));
    store.close();
  }
}
