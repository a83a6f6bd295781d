package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing keeps its word: it waits for queued commands and pending notifications, and whatever it
 * cannot deliver in time is reported to the listener failure hooks, event and listener, never
 * dropped silently. Waits are bounded only so that a broken runtime fails the test.
 */
@Timeout(60)
class RuntimeCloseTest {
  private static final GroupId GROUP = GroupId.of("town-hall");

  /** What each listener was given and what was reported undelivered, per listener and sequence. */
  private static final class Ledger {
    final Map<String, List<Long>> delivered = new ConcurrentHashMap<>();
    final Map<String, List<Long>> undelivered = new ConcurrentHashMap<>();
    final List<Throwable> errors = new ArrayList<>();

    synchronized void delivered(String listener, GroupEvent e) {
      delivered.computeIfAbsent(listener, k -> new ArrayList<>()).add(e.sequence());
    }

    synchronized void failed(ListenerFailure f) {
      String listener = f.listener().contains("Slow") ? "slow" : "fast";
      undelivered
          .computeIfAbsent(listener, k -> new ArrayList<>())
          .add(f.event().orElseThrow().sequence());
      errors.add(f.error());
    }

    int seen(String listener) {
      return delivered.getOrDefault(listener, List.of()).size()
          + undelivered.getOrDefault(listener, List.of()).size();
    }
  }

  /** A listener whose class name says it is slow; it sleeps on every event. */
  private static final class SlowListener implements java.util.function.Consumer<GroupEvent> {
    final Ledger ledger;
    final CountDownLatch gate;

    SlowListener(Ledger ledger, CountDownLatch gate) {
      this.ledger = ledger;
      this.gate = gate;
    }

    @Override
    public void accept(GroupEvent e) {
      try {
        gate.await();
        Thread.sleep(2);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
      ledger.delivered("slow", e);
    }
  }

  private static List<GroupCommand> contributions(int n) {
    List<GroupCommand> all = new ArrayList<>(Fixtures.running(3));
    for (int i = 0; i < n; i++) {
      all.add(Fixtures.say(BOB, "s1", "what helped me this week, part " + i));
    }
    return all;
  }

  private static void submitAll(GroupHandle g, List<GroupCommand> commands) throws Exception {
    List<CompletableFuture<Submission>> futures = new ArrayList<>();
    for (GroupCommand c : commands) {
      futures.add(g.submitAsync(c));
    }
    for (CompletableFuture<Submission> f : futures) {
      assertThat(f.get(30, TimeUnit.SECONDS).isAccepted()).isTrue();
    }
  }

  @Test
  void should_deliver_every_pending_notification_before_close_returns() throws Exception {
    Ledger ledger = new Ledger();
    GroupRuntime runtime = GroupRuntime.builder().clock(Fixtures.fixedClock()).build();
    runtime.eventPublisher().onEvent(new SlowListener(ledger, new CountDownLatch(0)));
    runtime.eventPublisher().onEvent(e -> ledger.delivered("fast", e));
    runtime.eventPublisher().onListenerFailure(ledger::failed);
    GroupHandle g = runtime.group(GROUP);
    submitAll(g, contributions(40));
    long version = g.version();

    runtime.close();

    assertThat(ledger.delivered.get("slow")).hasSize((int) version);
    assertThat(ledger.delivered.get("fast")).hasSize((int) version);
    assertThat(ledger.undelivered).isEmpty();
  }

  @Test
  void should_wait_for_notifications_on_executors_the_host_owns_too() throws Exception {
    ExecutorService commands = Executors.newFixedThreadPool(2);
    ExecutorService listeners = Executors.newFixedThreadPool(2);
    try {
      Ledger ledger = new Ledger();
      GroupRuntime runtime =
          GroupRuntime.builder()
              .clock(Fixtures.fixedClock())
              .commandExecutor(commands)
              .listenerExecutor(listeners)
              .build();
      runtime.eventPublisher().onEvent(new SlowListener(ledger, new CountDownLatch(0)));
      GroupHandle g = runtime.group(GROUP);
      submitAll(g, contributions(30));
      long version = g.version();

      runtime.close();

      assertThat(ledger.delivered.get("slow")).hasSize((int) version);
    } finally {
      commands.shutdownNow();
      listeners.shutdownNow();
    }
  }

  @Test
  void should_report_each_notification_it_cannot_deliver_in_time_to_the_failure_hooks()
      throws Exception {
    Ledger ledger = new Ledger();
    CountDownLatch gate = new CountDownLatch(1);
    GroupRuntime runtime =
        GroupRuntime.builder()
            .clock(Fixtures.fixedClock())
            .closeTimeout(Duration.ofMillis(200))
            .build();
    runtime.eventPublisher().onEvent(new SlowListener(ledger, gate));
    runtime.eventPublisher().onEvent(e -> ledger.delivered("fast", e));
    runtime.eventPublisher().onListenerFailure(ledger::failed);
    GroupHandle g = runtime.group(GROUP);
    submitAll(g, contributions(20));
    int version = (int) g.version();

    runtime.close(); // the slow listener is stuck on the first event: the time runs out
    gate.countDown();
    for (int i = 0; i < 3000 && ledger.seen("slow") < version; i++) {
      Thread.sleep(10);
    }

    // Every event, for each listener, was either delivered or reported, exactly once.
    for (String listener : List.of("slow", "fast")) {
      List<Long> all = new ArrayList<>(ledger.delivered.getOrDefault(listener, List.of()));
      all.addAll(ledger.undelivered.getOrDefault(listener, List.of()));
      all.sort(null);
      assertThat(all).as(listener).hasSize(version).doesNotHaveDuplicates();
      assertThat(all.get(0)).isEqualTo(1);
      assertThat(all.get(version - 1)).isEqualTo(version);
    }
    assertThat(ledger.undelivered.get("slow")).hasSizeGreaterThanOrEqualTo(version - 1);
    assertThat(ledger.undelivered.get("fast")).isNotEmpty();
    assertThat(ledger.errors)
        .allSatisfy(
            t ->
                assertThat(t)
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining(
                        "not delivered: the runtime closed after waiting 200 ms"));
  }

  @Test
  void should_fail_the_commands_still_queued_when_the_time_runs_out() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch gate = new CountDownLatch(1);
    AtomicInteger guarded = new AtomicInteger();
    GroupRuntime runtime =
        GroupRuntime.builder()
            .clock(Fixtures.fixedClock())
            .maxBatchSize(1)
            .closeTimeout(Duration.ofMillis(100))
            .build();
    GroupHandle g = runtime.group(GROUP);
    submitAll(g, Fixtures.running(3));
    runtime.addGuard(
        (state, command, events) -> {
          if (guarded.incrementAndGet() == 1) {
            entered.countDown();
            try {
              gate.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return List.of();
        });
    List<CompletableFuture<Submission>> futures = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      futures.add(g.submitAsync(Fixtures.say(BOB, "s1", "held up " + i)));
    }
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

    runtime.close();
    gate.countDown();

    assertThat(futures.get(0).get(30, TimeUnit.SECONDS).isAccepted()).isTrue();
    for (CompletableFuture<Submission> f : futures.subList(1, futures.size())) {
      assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the runtime closed after waiting 100 ms before deciding");
    }
  }

  @Test
  void should_refuse_a_negative_close_timeout() {
    assertThatThrownBy(() -> GroupRuntime.builder().closeTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the close timeout must be zero or more: PT-1S");
  }
}
