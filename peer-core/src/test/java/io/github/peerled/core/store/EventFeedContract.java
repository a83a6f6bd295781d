package io.github.peerled.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.runtime.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the feed of every store that has one promises: run against the in-memory and the PostgreSQL
 * store by the subclasses.
 */
abstract class EventFeedContract {
  static final GroupId A = GroupId.of("town-hall");
  static final GroupId B = GroupId.of("Riverside.2");
  static final GroupId C = GroupId.of("allotments");

  private final List<EventStore> opened = new ArrayList<>();
  private final List<FeedSubscription> running = new ArrayList<>();

  /** Returns a new store over empty storage. */
  abstract EventStore newStore();

  /** Returns a new store over the same storage as the last one made (a restart). */
  abstract EventStore reopen();

  /** Says what may hold the feed back, for the message of a test that waited in vain. */
  String holdingBack() {
    return "";
  }

  private static String feedThreads() {
    StringBuilder b = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (t, stack) -> {
              if (t.getName().startsWith("peerled-feed-")) {
                b.append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(12, stack.length); i++) {
                  b.append("\n  at ").append(stack[i]);
                }
                b.append('\n');
              }
            });
    return b.toString();
  }

  @AfterEach
  void closeAll() {
    running.forEach(FeedSubscription::close);
    opened.forEach(EventStore::close);
  }

  EventStore store() {
    EventStore s = newStore();
    opened.add(s);
    return s;
  }

  static EventFeed feed(EventStore store) {
    return store.feed().orElseThrow();
  }

  FeedSubscription start(FeedSubscription.Builder builder) {
    FeedSubscription s = builder.start();
    running.add(s);
    return s;
  }

  /** Appends events {@code from + 1} to {@code to} of a log in one append. */
  static void append(EventStore store, List<GroupEvent> log, int from, int to) {
    store.append(log.get(0).groupId(), from, log.subList(from, to));
  }

  /** Polls until the feed has nothing more, {@code max} at a time, and returns what came. */
  static List<FeedEvent> drain(EventFeed feed, String subscriber, int max) {
    List<FeedEvent> out = new ArrayList<>();
    while (feed.poll(subscriber, max, out::add) > 0) {
      // again
    }
    return out;
  }

  static List<GroupEvent> events(List<FeedEvent> delivered) {
    return delivered.stream().map(FeedEvent::event).toList();
  }

  @Test
  void should_deliver_every_groups_events_in_commit_order_with_group_sequence_and_position() {
    // given three groups whose appends interleave
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 6);
    List<GroupEvent> b = Fixtures.longLog(B, 6);
    List<GroupEvent> c = Fixtures.longLog(C, 3);
    List<GroupEvent> expected = new ArrayList<>();
    int[][] steps = {{0, 0, 2}, {1, 0, 1}, {2, 0, 3}, {0, 2, 3}, {1, 1, 6}, {0, 3, 6}};
    List<List<GroupEvent>> logs = List.of(a, b, c);
    for (int[] s : steps) {
      append(store, logs.get(s[0]), s[1], s[2]);
      expected.addAll(logs.get(s[0]).subList(s[1], s[2]));
    }

    // when
    List<FeedEvent> delivered = drain(feed(store), "search", 4);

    // then
    assertThat(events(delivered)).isEqualTo(expected);
    assertThat(delivered)
        .allSatisfy(
            e -> {
              assertThat(e.group()).isEqualTo(e.event().groupId());
              assertThat(e.sequence()).isEqualTo(e.event().sequence());
            });
    List<Long> positions = delivered.stream().map(FeedEvent::position).toList();
    assertThat(positions).isSorted().doesNotHaveDuplicates();
    assertThat(positions.get(0)).isPositive();
  }

  @Test
  void should_resume_from_the_stored_checkpoint_after_a_restart() {
    // given a subscriber that has handled 5 of 12 events
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 12);
    append(store, a, 0, 4);
    append(store, a, 4, 12);
    List<FeedEvent> first = new ArrayList<>();
    assertThat(feed(store).poll("mailer", 5, first::add)).isEqualTo(5);
    assertThat(feed(store).checkpoint("mailer")).isEqualTo(first.get(4).position());

    // when the process restarts
    EventStore again = reopen();
    opened.add(again);
    List<FeedEvent> rest = drain(feed(again), "mailer", 100);

    // then it gets the 7 others, and nothing twice
    assertThat(events(rest)).isEqualTo(a.subList(5, 12));
    assertThat(feed(again).poll("mailer", 100, e -> {})).isZero();
    assertThat(feed(again).checkpoint("mailer")).isEqualTo(rest.get(6).position());
  }

  @Test
  void should_keep_each_subscribers_checkpoint_apart() {
    // given two subscribers, one all caught up and one that has read two events
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 8);
    append(store, a, 0, 5);
    EventFeed feed = feed(store);
    assertThat(drain(feed, "search", 100)).hasSize(5);
    assertThat(feed.poll("analytics", 2, e -> {})).isEqualTo(2);

    // when more events come
    append(store, a, 5, 8);

    // then each gets what it has not had yet
    assertThat(events(drain(feed, "search", 100))).isEqualTo(a.subList(5, 8));
    assertThat(events(drain(feed, "analytics", 100))).isEqualTo(a.subList(2, 8));
    assertThat(feed.checkpoint("never-polled")).isZero();
  }

  @Test
  void should_stop_at_a_failing_handler_and_deliver_that_event_again() {
    // given
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 5);
    append(store, a, 0, 5);
    EventFeed feed = feed(store);
    List<FeedEvent> handled = new ArrayList<>();

    // when the handler fails on the third event
    assertThatThrownBy(
            () ->
                feed.poll(
                    "mailer",
                    100,
                    e -> {
                      if (e.sequence() == 3) {
                        throw new IllegalStateException("mail server down");
                      }
                      handled.add(e);
                    }))
        .isInstanceOfSatisfying(
            FeedHandlerException.class,
            x -> {
              assertThat(x.subscriber()).isEqualTo("mailer");
              assertThat(x.event().event()).isEqualTo(a.get(2));
            })
        .hasRootCauseMessage("mail server down");

    // then the two before it are acknowledged, another subscriber is not affected, and the next
    // poll starts again at the third
    assertThat(feed.checkpoint("mailer")).isEqualTo(handled.get(1).position());
    assertThat(events(drain(feed, "search", 100))).isEqualTo(a);
    assertThat(events(drain(feed, "mailer", 100))).isEqualTo(a.subList(2, 5));
  }

  @Test
  void should_wake_a_running_subscription_when_an_append_commits() throws Exception {
    // given a subscription that would otherwise poll only once an hour
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 2);
    List<FeedEvent> delivered = new CopyOnWriteArrayList<>();
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(2);
    FeedSubscription sub =
        start(
            feed(store)
                .subscription(
                    "search",
                    e -> {
                      delivered.add(e);
                      first.countDown();
                      second.countDown();
                    })
                .pollInterval(Duration.ofHours(1)));
    append(store, a, 0, 1);
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();

    // when, once it has caught up and waits, another event is appended
    append(store, a, 1, 2);

    // then it is woken and delivers it
    assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(events(delivered)).isEqualTo(a);
    assertThat(sub.isRunning()).isTrue();
    long t0 = System.nanoTime();
    sub.close();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    assertThat(sub.isRunning()).isFalse();
    assertThat(sub.failure()).isEmpty();
    assertThat(feed(store).checkpoint("search")).isEqualTo(delivered.get(1).position());
  }

  @Test
  void should_stop_a_subscription_whose_handler_fails_and_keep_the_others_running()
      throws Exception {
    // given
    EventStore store = store();
    List<GroupEvent> a = Fixtures.longLog(A, 4);
    append(store, a, 0, 4);
    AtomicReference<FeedHandlerException> told = new AtomicReference<>();
    CountDownLatch failed = new CountDownLatch(1);
    CountDownLatch allThere = new CountDownLatch(4);

    // when one subscription's handler fails on the second event
    FeedSubscription failing =
        start(
            feed(store)
                .subscription(
                    "mailer",
                    e -> {
                      if (e.sequence() == 2) {
                        throw new IllegalStateException("mail server down");
                      }
                    })
                .pollInterval(Duration.ofMillis(10))
                .onFailure(
                    x -> {
                      told.set(x);
                      failed.countDown();
                    }));
    start(
        feed(store)
            .subscription("search", e -> allThere.countDown())
            .pollInterval(Duration.ofMillis(10)));

    // then it stops and says why, at the event before; the other delivers everything
    assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(allThere.await(10, TimeUnit.SECONDS)).isTrue();
    FeedHandlerException failure = Objects.requireNonNull(told.get());
    assertThat(failure.event().event()).isEqualTo(a.get(1));
    assertThat(failing.failure()).containsSame(failure);
    failing.close();
    assertThat(failing.isRunning()).isFalse();
    assertThat(events(drain(feed(store), "mailer", 100))).isEqualTo(a.subList(1, 4));
  }

  @Test
  void should_deliver_every_event_of_many_groups_appended_at_once_exactly_once() throws Exception {
    // given a subscription running while 8 threads append to 8 groups
    EventStore store = store();
    int groups = 8;
    int perGroup = 40;
    List<FeedEvent> delivered = new CopyOnWriteArrayList<>();
    CountDownLatch all = new CountDownLatch(groups * perGroup);
    FeedSubscription sub =
        start(
            feed(store)
                .subscription(
                    "analytics",
                    e -> {
                      delivered.add(e);
                      all.countDown();
                    })
                .pollInterval(Duration.ofMillis(20))
                .batchSize(7));
    ExecutorService writers = Executors.newFixedThreadPool(groups);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        List<GroupEvent> log = Fixtures.longLog(GroupId.of("g" + g), perGroup);
        done.add(
            writers.submit(
                () -> {
                  for (int v = 0; v < perGroup; v += 1 + v % 3) {
                    append(store, log, v, Math.min(perGroup, v + 1 + v % 3));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      writers.shutdownNow();
    }

    // then every event comes, once, and each group's in its order
    assertThat(all.await(60, TimeUnit.SECONDS))
        .as(
            () ->
                delivered.size()
                    + " of "
                    + groups * perGroup
                    + " delivered; running "
                    + sub.isRunning()
                    + ", failure "
                    + sub.failure()
                    + ", checkpoint "
                    + feed(store).checkpoint("analytics")
                    + ", a new subscriber gets "
                    + drain(feed(store), "late", 1000).size()
                    + "; "
                    + holdingBack()
                    + "; feed threads: "
                    + feedThreads())
        .isTrue();
    assertThat(delivered).hasSize(groups * perGroup);
    Map<GroupId, List<Long>> sequences = new HashMap<>();
    for (FeedEvent e : delivered) {
      sequences.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e.sequence());
    }
    assertThat(sequences).hasSize(groups);
    List<Long> oneToN = java.util.stream.LongStream.rangeClosed(1, perGroup).boxed().toList();
    assertThat(sequences.values()).allSatisfy(s -> assertThat(s).isEqualTo(oneToN));
    assertThat(delivered.stream().map(FeedEvent::position)).doesNotHaveDuplicates();
  }

  @Test
  void should_refuse_a_bad_subscriber_name_or_poll_size() {
    EventFeed feed = feed(store());
    assertThatThrownBy(() -> feed.poll("", 1, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> feed.poll("x".repeat(EventFeed.MAX_SUBSCRIBER_LENGTH + 1), 1, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> feed.poll("search", 0, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> feed.poll("search", EventFeed.MAX_POLL + 1, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> feed.subscription("search", e -> {}).pollInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(feed.poll("x".repeat(EventFeed.MAX_SUBSCRIBER_LENGTH), 1, e -> {})).isZero();
  }
}
