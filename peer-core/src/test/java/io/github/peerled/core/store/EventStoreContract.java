package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Limits;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} promises, whatever keeps the events: run against the in-memory, the
 * JSON-lines file and the PostgreSQL store by the subclasses.
 */
abstract class EventStoreContract {
  static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());

  /** An engine that takes contributions as long as a store can read back. */
  private static final GroupEngine LARGE =
      GroupEngine.of(Fixtures.fixedClock(), Limits.custom().contributionText(1_000_000).build());

  static final GroupId GROUP = GroupId.of("town-hall");
  static final GroupId OTHER = GroupId.of("Riverside.2");

  private final List<EventStore> opened = new ArrayList<>();

  /** Returns a new store over empty storage. */
  abstract EventStore newStore();

  /** Returns a new store over the same storage as the last one made (a restart). */
  abstract EventStore reopen();

  /** Tells whether the store keeps snapshots (the in-memory one does not). */
  abstract boolean keepsSnapshots();

  @AfterEach
  void closeStores() {
    opened.forEach(EventStore::close);
  }

  private EventStore store() {
    EventStore s = newStore();
    opened.add(s);
    return s;
  }

  /** Closes the stores made so far and opens their storage again, as after a restart. */
  private EventStore again() {
    opened.forEach(EventStore::close);
    EventStore s = reopen();
    opened.add(s);
    return s;
  }

  /** The log of a running group, then one contribution by Bob for each text. */
  static List<GroupEvent> logWith(GroupId group, String... texts) {
    GroupState s = GroupState.initial(group);
    List<GroupEvent> log = new ArrayList<>();
    List<GroupCommand> commands = new ArrayList<>(Fixtures.running(3));
    for (String t : texts) {
      commands.add(Fixtures.say(Fixtures.BOB, "s1", t));
    }
    for (GroupCommand c : commands) {
      GroupEngine.Applied a = LARGE.apply(s, c);
      assertThat(a.result().events()).as("the events of a command").isNotEmpty();
      log.addAll(a.result().events());
      s = a.state();
    }
    return List.copyOf(log);
  }

  @Test
  void should_start_empty() {
    EventStore store = store();

    assertThat(store.version(GROUP)).isZero();
    assertThat(store.read(GROUP)).isEmpty();
    assertThat(store.groups()).isEmpty();
    assertThat(store.loadSnapshot(GROUP)).isEmpty();
  }

  @Test
  void should_read_back_what_it_appended_in_order_and_by_range() {
    // given
    EventStore store = store();
    List<GroupEvent> log = Fixtures.longLog(GROUP, 40);

    // when
    assertThat(store.append(GROUP, 0, log.subList(0, 15))).isEqualTo(15);
    assertThat(store.append(GROUP, 15, log.subList(15, 16))).isEqualTo(16);
    assertThat(store.append(GROUP, 16, log.subList(16, 40))).isEqualTo(40);

    // then
    assertThat(store.version(GROUP)).isEqualTo(40);
    assertThat(store.read(GROUP)).isEqualTo(log);
    assertThat(store.read(GROUP, 10, 20)).isEqualTo(log.subList(9, 20));
    assertThat(store.read(GROUP, 40, 40)).isEqualTo(log.subList(39, 40));
    assertThat(store.read(GROUP, 41, Long.MAX_VALUE)).isEmpty();
    assertThat(store.read(GROUP, 20, 19)).isEmpty();
    List<GroupEvent> streamed = new ArrayList<>();
    store.forEach(GROUP, 3, 33, streamed::add);
    assertThat(streamed).isEqualTo(log.subList(2, 33));
    assertThatThrownBy(() -> store.read(GROUP, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(again().read(GROUP)).isEqualTo(log);
  }

  @Test
  void should_refuse_an_append_at_another_version_and_change_nothing() {
    // given
    EventStore store = store();
    List<GroupEvent> log = Fixtures.longLog(GROUP, 12);
    store.append(GROUP, 0, log.subList(0, 10));

    // when / then: behind the log, and ahead of it
    assertThatThrownBy(() -> store.append(GROUP, 9, log.subList(9, 12)))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.group()).isEqualTo(GROUP);
              assertThat(e.expectedVersion()).isEqualTo(9);
              assertThat(e.actualVersion()).isEqualTo(10);
            });
    assertThatThrownBy(() -> store.append(GROUP, 11, log.subList(11, 12)))
        .isInstanceOfSatisfying(
            VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(10));
    assertThatThrownBy(() -> store.append(GROUP, 0, log.subList(0, 1)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(store.version(GROUP)).isEqualTo(10);
    assertThat(store.read(GROUP)).isEqualTo(log.subList(0, 10));
    assertThat(store.append(GROUP, 10, log.subList(10, 12))).isEqualTo(12);
  }

  @Test
  void should_refuse_an_empty_or_misnumbered_batch_and_change_nothing() {
    // given
    EventStore store = store();
    List<GroupEvent> log = Fixtures.longLog(GROUP, 10);
    List<GroupEvent> others = Fixtures.longLog(OTHER, 10);
    store.append(GROUP, 0, log.subList(0, 5));

    // when / then
    assertThatThrownBy(() -> store.append(GROUP, 5, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(GROUP, 5, List.of(log.get(5), log.get(7))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(GROUP, 5, List.of(log.get(5), others.get(6))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(GROUP, -1, log.subList(0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.read(GROUP)).isEqualTo(log.subList(0, 5));
    assertThat(store.version(OTHER)).isZero();
    assertThat(store.groups()).containsExactly(GROUP);
  }

  @Test
  void should_keep_groups_apart_and_list_those_with_events_sorted() {
    // given
    EventStore store = store();
    GroupId third = GroupId.of("a-first");
    List<GroupEvent> mine = Fixtures.longLog(GROUP, 14);
    List<GroupEvent> theirs = Fixtures.longLog(OTHER, 12);

    // when
    store.append(GROUP, 0, mine);
    store.append(OTHER, 0, theirs);
    store.version(third);

    // then
    assertThat(store.read(GROUP)).isEqualTo(mine);
    assertThat(store.read(OTHER)).isEqualTo(theirs);
    assertThat(store.read(third)).isEmpty();
    assertThat(store.groups()).containsExactly(OTHER, GROUP);
    assertThat(again().groups()).containsExactly(OTHER, GROUP);
  }

  @Test
  void should_keep_large_and_unicode_texts_exactly() {
    // given
    String large = "we share what helps; ".repeat(40_000); // 840,000 chars
    String unicode =
        "Grüße, 糖尿病, שָׁלוֹם, مرحبا, e\u0301, \uD83E\uDE78\uD83D\uDC99, \"quoted\" \\ back, tab\tnew"
            + "\nline, \u2028separator, ﻿bom";
    List<GroupEvent> log = logWith(GROUP, large, unicode, "plain");
    EventStore store = store();

    // when
    store.append(GROUP, 0, log);

    // then
    assertThat(store.read(GROUP)).isEqualTo(log);
    assertThat(again().read(GROUP)).isEqualTo(log);
  }

  @Test
  void should_decide_one_winner_among_appenders_of_one_version() throws InterruptedException {
    // given
    EventStore store = store();
    List<GroupEvent> log = Fixtures.longLog(GROUP, 10);
    store.append(GROUP, 0, log.subList(0, 5));
    int writers = 6;
    AtomicInteger won = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      threads.add(
          new Thread(
              () -> {
                try {
                  start.await();
                  store.append(GROUP, 5, log.subList(5, 10));
                  won.incrementAndGet();
                } catch (VersionConflictException e) {
                  conflicts.incrementAndGet();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }));
    }
    threads.forEach(Thread::start);

    // when
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }

    // then
    assertThat(won.get()).isOne();
    assertThat(conflicts.get()).isEqualTo(writers - 1);
    assertThat(store.read(GROUP)).isEqualTo(log);
  }

  @Test
  void should_give_back_a_snapshot_saved_at_the_end_of_an_append() {
    // given
    EventStore store = store();
    List<GroupEvent> log = Fixtures.longLog(GROUP, 30);
    store.append(GROUP, 0, log.subList(0, 20));
    store.append(GROUP, 20, log.subList(20, 30));
    GroupState at20 = ENGINE.replay(GROUP, log.subList(0, 20));

    // when
    store.saveSnapshot(at20);

    // then
    EventStore reopened = again();
    Optional<GroupState> loaded = reopened.loadSnapshot(GROUP);
    if (keepsSnapshots()) {
      assertThat(loaded).contains(at20);
      assertThat(reopened.loadSnapshot(OTHER)).isEmpty();
      GroupState inside = ENGINE.replay(GROUP, log.subList(0, 25));
      assertThatThrownBy(() -> reopened.saveSnapshot(inside))
          .isInstanceOf(IllegalArgumentException.class);
      GroupState ahead = ENGINE.replay(OTHER, Fixtures.longLog(OTHER, 3));
      assertThatThrownBy(() -> reopened.saveSnapshot(ahead))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(reopened.loadSnapshot(GROUP)).contains(at20);
    } else {
      assertThat(loaded).isEmpty();
    }
  }

  @Test
  void should_reopen_a_group_the_runtime_wrote_in_the_state_it_left() {
    // given a runtime that wrote a group and took a snapshot on the way
    GroupState left;
    GroupState midway;
    EventStore store = store();
    try (GroupRuntime runtime =
        GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build()) {
      GroupHandle g = runtime.group(GROUP);
      Fixtures.running(3).forEach(g::submit);
      midway = g.state();
      for (int i = 0; i < 20; i++) {
        g.submit(Fixtures.say(Fixtures.member(i % 3), "s1", "round " + i));
      }
      left = g.state();
    }
    store.saveSnapshot(midway);

    // when
    EventStore reopened = again();
    try (GroupRuntime runtime =
        GroupRuntime.builder().store(reopened).clock(Fixtures.fixedClock()).build()) {
      // then
      assertThat(runtime.group(GROUP).state()).isEqualTo(left);
      assertThat(ENGINE.replay(GROUP, reopened.read(GROUP))).isEqualTo(left);
      if (keepsSnapshots()) {
        assertThat(reopened.loadSnapshot(GROUP)).contains(midway);
      }
    }
  }
}
