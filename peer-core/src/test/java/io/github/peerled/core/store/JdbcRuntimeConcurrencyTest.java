package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two runtimes, as two instances of an application would, each with its own store over one
 * database, 8 threads each, on the same groups and on groups of their own: the runtimes collide,
 * read the other's events and decide again, so no submission fails; no event is lost or doubled,
 * every log is gap-free, and every group is the replay of its log.
 */
class JdbcRuntimeConcurrencyTest {
  @RegisterExtension static final PostgresSchema DB = new PostgresSchema();

  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final StanceKind[] KINDS = StanceKind.values();

  /** One submission as a client saw it: its outcome, or the failure it got. */
  private record Seen(
      GroupId group,
      GroupCommand command,
      @Nullable Submission submission,
      @Nullable Throwable e) {}

  private static GroupCommand command(int n) {
    int who = n % 6;
    return switch (n % 4) {
      case 0 -> Fixtures.say(Fixtures.member(who % 3), "s1", "sharing " + n);
      case 1 ->
          Fixtures.stance(who < 3 ? Fixtures.member(who) : Fixtures.ALICE, "p1", KINDS[n % 2]);
      case 2 -> Fixtures.join(Fixtures.member(10 + who % 2));
      default -> Fixtures.say(Fixtures.BOB, who == 0 ? "s9" : "s1", "reply " + n);
    };
  }

  @Test
  void should_commit_every_command_once_with_two_runtimes_on_one_database() throws Exception {
    // given two runtimes over one database, and groups: two shared, one of each runtime's own
    JdbcEventStore.builder(DB.dataSource()).createSchema(true).build().close();
    List<GroupId> shared = List.of(GroupId.of("hot"), GroupId.of("warm"));
    List<List<GroupId>> groupsOf =
        List.of(
            List.of(shared.get(0), shared.get(1), GroupId.of("own-a")),
            List.of(shared.get(0), shared.get(1), GroupId.of("own-b")));
    List<ConflictCountingStore> stores = new ArrayList<>();
    List<GroupRuntime> runtimes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ConflictCountingStore store =
          new ConflictCountingStore(JdbcEventStore.builder(DB.dataSource()).build());
      stores.add(store);
      runtimes.add(GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build());
    }
    for (GroupId id : List.of(shared.get(0), shared.get(1), GroupId.of("own-a"))) {
      GroupHandle g = runtimes.get(0).group(id);
      Fixtures.running(3).forEach(g::submit);
    }
    GroupHandle ownB = runtimes.get(1).group(GroupId.of("own-b"));
    Fixtures.running(3).forEach(ownB::submit);
    long setUp = ownB.version();

    List<Seen> seen = new CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    int perThread = 40;
    for (int r = 0; r < 2; r++) {
      GroupRuntime runtime = runtimes.get(r);
      List<GroupId> mine = groupsOf.get(r);
      for (int t = 0; t < 8; t++) {
        Random random = new Random(r * 100L + t);
        workers.add(
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  List<CompletableFuture<Seen>> pending = new ArrayList<>();
                  for (int i = 0; i < perThread; i++) {
                    GroupId id = mine.get(random.nextInt(mine.size()));
                    GroupCommand c = command(random.nextInt(1000));
                    pending.add(
                        runtime
                            .group(id)
                            .submitAsync(c)
                            .handle(
                                (s, e) ->
                                    new Seen(
                                        id,
                                        c,
                                        s,
                                        e instanceof CompletionException ce ? ce.getCause() : e)));
                  }
                  pending.forEach(f -> seen.add(f.join()));
                }));
      }
    }

    // when
    workers.forEach(Thread::start);
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    runtimes.forEach(GroupRuntime::close);

    // then
    assertThat(seen).hasSize(2 * 8 * perThread);
    try (JdbcEventStore reader = JdbcEventStore.builder(DB.dataSource()).build()) {
      for (GroupId id :
          List.of(shared.get(0), shared.get(1), GroupId.of("own-a"), GroupId.of("own-b"))) {
        List<GroupEvent> log = reader.read(id);
        // gap-free and of this group (the replay checks both), and the state a new runtime opens
        try (GroupRuntime fresh = GroupRuntime.builder().store(reader).build()) {
          assertThat(fresh.group(id).state()).isEqualTo(ENGINE.replay(id, log));
        }
        long accepted = setUp;
        for (Seen s : seen) {
          if (!s.group().equals(id)) {
            continue;
          }
          Submission sub = s.submission();
          if (sub != null && sub.isAccepted()) {
            int from = (int) sub.baseVersion();
            // every accepted command's events are in the log exactly where it was told
            assertThat(log.subList(from, from + sub.events().size())).isEqualTo(sub.events());
            accepted += sub.events().size();
          } else if (sub == null) {
            throw new AssertionError("a submission failed: " + s.command(), s.e());
          }
        }
        // and nothing else is: no event doubled, none from a failed command
        assertThat(log).as("the log of %s", id).hasSize((int) accepted);
      }
    }
    // and the two runtimes did collide, each time deciding again on the other's events
    assertThat(stores.get(0).conflicts() + stores.get(1).conflicts())
        .as("conflicts between the two runtimes")
        .isPositive();
    stores.forEach(ConflictCountingStore::close);
  }
}
