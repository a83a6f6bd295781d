package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The workload that several writers (runtimes in this process or in others) run on one store: each
 * of {@link #THREADS} threads submits contributions one after another, most to the two shared
 * groups, some to the writer's own group. Each contribution's text is a unique id ({@code
 * writer-thread-number}), so that the stored logs tell exactly which commands committed and how
 * often. Every command is valid whatever the order, so every one must commit.
 */
final class JdbcWorkload {
  static final List<GroupId> SHARED = List.of(GroupId.of("hot"), GroupId.of("warm"));
  static final int THREADS = 8;

  /** The longest a writer runs in a loop that nothing stops. */
  static final Duration MAX_RUN = Duration.ofSeconds(60);

  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());
  private static final MemberId[] SPEAKERS = {Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL};

  private JdbcWorkload() {}

  /** What a writer's run came to: the ids of the accepted commands, and what went wrong. */
  record Result(List<String> acknowledged, List<String> failures) {}

  /** The group a writer writes alone. */
  static GroupId own(String writer) {
    return GroupId.of("own-" + writer);
  }

  /** The group that command {@code i} of a writer's thread goes to: two in five to each shared. */
  static GroupId groupOf(String writer, int thread, int i) {
    int k = Math.floorMod(thread * 7 + i * 3, 5);
    return k < 2 ? SHARED.get(0) : k < 4 ? SHARED.get(1) : own(writer);
  }

  static String id(String writer, int thread, int i) {
    return writer + "-" + thread + "-" + i;
  }

  /** Returns the ids that {@code perThread} commands of each thread of a writer carry. */
  static List<String> ids(String writer, int perThread) {
    List<String> all = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      for (int i = 0; i < perThread; i++) {
        all.add(id(writer, t, i));
      }
    }
    return all;
  }

  /**
   * Returns the ids of the commands each group should get from writers' runs of {@code perThread}.
   */
  static Map<GroupId, List<String>> expected(List<String> writers, int perThread) {
    Map<GroupId, List<String>> ids = new LinkedHashMap<>();
    for (String w : writers) {
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < perThread; i++) {
          ids.computeIfAbsent(groupOf(w, t, i), g -> new ArrayList<>()).add(id(w, t, i));
        }
      }
    }
    return ids;
  }

  /** Founds and opens a session and a proposal in each group the store does not have yet. */
  static void setUp(GroupRuntime runtime, Collection<GroupId> groups) {
    for (GroupId id : groups) {
      GroupHandle g = runtime.group(id);
      if (g.version() == 0) {
        Fixtures.running(3).forEach(g::submit);
      }
    }
  }

  /**
   * Runs the workload: each thread submits commands one after another, {@code perThread} of them,
   * or until {@code stop} says so (and at most {@link #MAX_RUN}) if {@code perThread} is 0. After
   * each accepted command it tells {@code onAck} the command's id, on the submitting thread. A
   * command that is rejected or fails is recorded, and the thread goes on.
   */
  static Result run(
      GroupRuntime runtime,
      String writer,
      int perThread,
      BooleanSupplier stop,
      Consumer<String> onAck)
      throws InterruptedException {
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    List<String> failures = new CopyOnWriteArrayList<>();
    long deadline = System.nanoTime() + MAX_RUN.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0;
                    perThread > 0
                        ? i < perThread
                        : !stop.getAsBoolean() && System.nanoTime() < deadline;
                    i++) {
                  String id = id(writer, thread, i);
                  GroupId group = groupOf(writer, thread, i);
                  try {
                    Submission s =
                        runtime
                            .group(group)
                            .submit(Fixtures.say(SPEAKERS[(thread + i) % 3], "s1", id));
                    if (s.isAccepted()) {
                      acknowledged.add(id);
                      onAck.accept(id);
                    } else {
                      failures.add(id + " " + s.status() + ": " + s.rejection());
                    }
                  } catch (RuntimeException e) {
                    failures.add(id + " failed: " + e);
                  }
                }
              },
              writer + "-" + t));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    return new Result(acknowledged, failures);
  }

  /**
   * Checks each group's stored log: gap-free, every event of its group, equal to what a new runtime
   * opens, and the replay of its events; returns the ids of its contributions in log order.
   */
  static Map<GroupId, List<String>> check(EventStore store, Collection<GroupId> groups) {
    Map<GroupId, List<String>> ids = new LinkedHashMap<>();
    for (GroupId id : groups) {
      List<GroupEvent> log = store.read(id);
      for (int i = 0; i < log.size(); i++) {
        assertThat(log.get(i).sequence()).as("event %d of %s", i + 1, id).isEqualTo(i + 1L);
        assertThat(log.get(i).groupId()).isEqualTo(id);
      }
      try (GroupRuntime fresh = GroupRuntime.builder().store(store).build()) {
        assertThat(fresh.group(id).state()).isEqualTo(ENGINE.replay(id, log));
      }
      List<String> texts = new ArrayList<>();
      for (GroupEvent e : log) {
        if (e instanceof ContributionRecorded c) {
          texts.add(c.contribution().text());
        }
      }
      ids.put(id, texts);
    }
    return ids;
  }
}
