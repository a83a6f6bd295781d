package io.github.peerled.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.CommandResult;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Parallel;

/**
 * Commands submitted concurrently to one group end as if applied in some sequential order; groups
 * proceed independently; no event is lost or doubled, and sequence numbers stay contiguous.
 */
class RuntimeConcurrencyTest {
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final StanceKind[] KINDS = StanceKind.values();
  private final List<GroupRuntime> runtimes = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    runtimes.forEach(GroupRuntime::close);
  }

  private GroupRuntime newRuntime(EventStore store) {
    GroupRuntime r = GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build();
    runtimes.add(r);
    return r;
  }

  private static GroupState setUp(GroupId id) {
    GroupState s = GroupState.initial(id);
    for (GroupCommand c : Fixtures.running(3)) {
      s = ENGINE.apply(s, c).state();
    }
    return s;
  }

  /** A command from a small pool, some of which conflict with each other or are rejected. */
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

  private record Op(GroupCommand command) implements Command<GroupHandle, GroupState> {
    @Override
    public void run(GroupHandle group) {
      group.submit(command);
    }

    @Override
    public GroupState nextState(GroupState model) {
      return ENGINE.apply(model, command).state();
    }
  }

  @Test
  void should_end_in_the_state_of_some_sequential_order_of_parallel_commands() {
    GroupId id = GroupId.of("parallel");
    GroupState initial = setUp(id);
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, 23)).ofSizeBetween(2, 6))
        .checkAssert(
            ns -> {
              List<Op> ops = new ArrayList<>();
              ns.forEach(n -> ops.add(new Op(command(n))));
              new Parallel(30, TimeUnit.SECONDS)
                  .parallelCheck(
                      initial,
                      ops,
                      model -> {
                        GroupHandle g = newRuntime(EventStore.inMemory()).group(id);
                        Fixtures.running(3).forEach(g::submit);
                        return g;
                      },
                      GroupHandle::state,
                      3);
            });
  }

  /** One submission as a client saw it. */
  private record Seen(
      int thread, int index, GroupId group, GroupCommand command, long expected, Submission s) {}

  @Test
  void should_be_linearizable_with_many_threads_on_one_group_and_on_several() {
    qt().withExamples(4)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              try {
                runWorkload(seed);
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
            });
  }

  private void runWorkload(long seed) throws InterruptedException {
    EventStore store = EventStore.inMemory();
    GroupRuntime runtime = newRuntime(store);
    List<GroupId> groups = List.of(GroupId.of("hot"), GroupId.of("g1"), GroupId.of("g2"));
    for (GroupId id : groups) {
      GroupHandle g = runtime.group(id);
      Fixtures.running(3).forEach(g::submit);
    }
    int threads = 6;
    int perThread = 80;
    List<Seen> seen = new CopyOnWriteArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Random random = new Random(seed * 31 + t);
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
                  GroupId id = groups.get(random.nextInt(4) < 2 ? 0 : 1 + random.nextInt(2));
                  GroupHandle g = runtime.group(id);
                  GroupCommand c = command(random.nextInt(1000));
                  int index = i;
                  switch (random.nextInt(3)) {
                    case 0 -> seen.add(new Seen(thread, index, id, c, -1, g.submit(c)));
                    case 1 -> {
                      long v = g.version();
                      seen.add(new Seen(thread, index, id, c, v, g.submit(c, v)));
                    }
                    default ->
                        pending.add(
                            g.submitAsync(c).thenApply(s -> new Seen(thread, index, id, c, -1, s)));
                  }
                }
                pending.forEach(f -> seen.add(f.join()));
              }));
    }
    workers.forEach(Thread::start);
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    assertThat(seen).hasSize(threads * perThread);

    for (GroupId id : groups) {
      List<Seen> mine = new ArrayList<>();
      for (Seen s : seen) {
        if (s.group().equals(id)) {
          mine.add(s);
        }
      }
      checkGroup(runtime.group(id), store.read(id), mine);
    }
  }

  private static void checkGroup(GroupHandle g, List<GroupEvent> log, List<Seen> seen) {
    // The log is one unbroken run 1..n of this group, and its replay is the live state.
    assertThat(ENGINE.replay(g.id(), log)).isEqualTo(g.state());
    // Every accepted command's events are in the log exactly where it said: none lost or doubled.
    GroupState initial = setUp(g.id());
    long accepted = initial.version();
    for (Seen s : seen) {
      if (s.s().isAccepted()) {
        int from = (int) s.s().baseVersion();
        assertThat(log.subList(from, from + s.s().events().size())).isEqualTo(s.s().events());
        accepted += s.s().events().size();
      } else {
        assertThat(s.s().events()).isEmpty();
      }
    }
    assertThat(accepted).isEqualTo(log.size());
    // A sequential order exists that gives the same results: by the version each was decided on,
    // the rejected (which change nothing) before the accepted one of that version.
    List<Seen> order = new ArrayList<>(seen);
    order.sort(
        Comparator.comparingLong((Seen s) -> s.s().baseVersion())
            .thenComparing(s -> s.s().isAccepted()));
    GroupState state = initial;
    for (Seen s : order) {
      assertThat(s.s().baseVersion()).as("%s", s).isEqualTo(state.version());
      if (s.s().status() == Submission.Status.CONFLICT) {
        assertThat(s.expected()).isNotEqualTo(state.version()).isNotNegative();
        continue;
      }
      CommandResult r = ENGINE.decide(state, s.command());
      assertThat(r.rejection()).as("%s", s).isEqualTo(s.s().rejection());
      assertThat(r.events()).as("%s", s).isEqualTo(s.s().events());
      state = ENGINE.apply(state, s.command()).state();
      assertThat(state).isEqualTo(s.s().state());
    }
    assertThat(state).isEqualTo(g.state());
    // Each thread's commands to the group were applied in the order it submitted them.
    for (Seen a : seen) {
      for (Seen b : seen) {
        if (a.thread() == b.thread() && a.index() < b.index()) {
          assertThat(a.s().version())
              .as("%s before %s", a, b)
              .isLessThanOrEqualTo(b.s().baseVersion());
        }
      }
    }
  }
}
