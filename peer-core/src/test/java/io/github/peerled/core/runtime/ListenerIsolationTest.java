package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.ALICE;
import static io.github.peerled.core.runtime.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.GuidelineVersionAdopted;
import io.github.peerled.core.event.MemberJoined;
import io.github.peerled.core.group.GroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Listeners: called after commit, in order per group; one that throws, is slow, or submits from its
 * callback never corrupts state, never blocks other groups, and never deadlocks. Waits are bounded
 * only so that a broken runtime fails the test instead of hanging it.
 */
@Timeout(60)
class ListenerIsolationTest {
  private static final GroupId A = GroupId.of("group-a");
  private static final GroupId B = GroupId.of("group-b");
  private final GroupRuntime runtime = GroupRuntime.builder().clock(Fixtures.fixedClock()).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private GroupHandle running(GroupId id) {
    GroupHandle g = runtime.group(id);
    for (GroupCommand c : Fixtures.running(3)) {
      assertThat(g.submit(c).isAccepted()).as("%s", c).isTrue();
    }
    return g;
  }

  private static <T> T next(BlockingQueue<T> q) throws InterruptedException {
    T t = q.poll(30, TimeUnit.SECONDS);
    assertThat(t).as("a notification arrived").isNotNull();
    return t;
  }

  private static void until(BlockingQueue<GroupEvent> q, long sequence)
      throws InterruptedException {
    while (next(q).sequence() < sequence) {
      // skip earlier events
    }
  }

  @Test
  void should_notify_typed_and_catch_all_listeners_in_event_order_after_commit() throws Exception {
    BlockingQueue<GroupEvent> all = new LinkedBlockingQueue<>();
    BlockingQueue<GuidelineVersionAdopted> adopted = new LinkedBlockingQueue<>();
    BlockingQueue<Commit> commits = new LinkedBlockingQueue<>();
    runtime.eventPublisher().onEvent(all::add);
    runtime.eventPublisher().onGuidelineVersionAdopted(adopted::add);
    runtime.eventPublisher().onCommitted(commits::add);
    GroupHandle g = running(A);

    List<GroupEvent> seen = new ArrayList<>();
    for (int i = 0; i < g.version(); i++) {
      seen.add(next(all));
    }
    assertThat(seen).isEqualTo(g.events());
    assertThat(next(adopted).version().number()).isEqualTo(1);
    assertThat(adopted).isEmpty();
    Commit first = next(commits);
    assertThat(first.before().version()).isZero();
    assertThat(first.command()).isEqualTo(Fixtures.found());
    assertThat(first.after()).isEqualTo(g.stateAtVersion(1));
  }

  @Test
  void should_report_a_throwing_listener_and_still_call_the_others() throws Exception {
    BlockingQueue<ListenerFailure> failures = new LinkedBlockingQueue<>();
    BlockingQueue<GroupEvent> others = new LinkedBlockingQueue<>();
    runtime.eventPublisher().onListenerFailure(failures::add);
    runtime
        .eventPublisher()
        .onMemberJoined(
            e -> {
              throw new IllegalStateException("mail server down");
            });
    runtime.eventPublisher().onEvent(others::add);
    GroupHandle g = running(A);

    for (int i = 0; i < g.version(); i++) {
      next(others);
    }
    List<ListenerFailure> reported = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      reported.add(next(failures));
    }
    assertThat(reported)
        .allSatisfy(
            f -> {
              assertThat(f.group()).isEqualTo(A);
              assertThat(f.event()).get().isInstanceOf(MemberJoined.class);
              assertThat(f.error()).hasMessage("mail server down");
              assertThat(f.listener()).startsWith("MemberJoined listener ");
            });
    assertThat(g.state())
        .as("the state is the fold of the log, untouched by the listener that threw")
        .isEqualTo(GroupEngine.ofDefaults().replay(A, g.events()));
    assertThat(g.submit(Fixtures.say(ALICE, "s1", "still fine")).isAccepted()).isTrue();
  }

  @Test
  void should_let_a_slow_listener_delay_only_its_own_group() throws Exception {
    GroupHandle a = running(A);
    GroupHandle b = running(B);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    BlockingQueue<ContributionRecorded> heardA = new LinkedBlockingQueue<>();
    BlockingQueue<ContributionRecorded> heardB = new LinkedBlockingQueue<>();
    runtime
        .eventPublisher()
        .onContributionRecorded(
            e -> {
              if (e.groupId().equals(A)) {
                blocked.countDown();
                try {
                  release.await();
                } catch (InterruptedException ex) {
                  Thread.currentThread().interrupt();
                }
                heardA.add(e);
              } else {
                heardB.add(e);
              }
            });

    a.submit(Fixtures.say(ALICE, "s1", "a slow one"));
    assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
    // Group A's listener is stuck. A's commands still go on; B's commands and notifications too.
    assertThat(a.submit(Fixtures.say(BOB, "s1", "a, second")).isAccepted()).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(b.submit(Fixtures.say(BOB, "s1", "b " + i)).isAccepted()).isTrue();
    }
    for (int i = 0; i < 5; i++) {
      assertThat(next(heardB).contribution().text()).isEqualTo("b " + i);
    }
    assertThat(heardA).isEmpty();

    release.countDown();
    assertThat(next(heardA).contribution().text()).isEqualTo("a slow one");
    assertThat(next(heardA).contribution().text()).isEqualTo("a, second");
  }

  @Test
  void should_apply_a_command_submitted_from_a_listener_after_the_current_one() throws Exception {
    GroupHandle g = running(A);
    BlockingQueue<Submission> welcomes = new LinkedBlockingQueue<>();
    BlockingQueue<ContributionRecorded> said = new LinkedBlockingQueue<>();
    runtime
        .eventPublisher()
        .onMemberJoined(
            e ->
                welcomes.add(
                    g.submit(Fixtures.say(ALICE, "s1", "welcome, " + e.member().value()))));
    runtime
        .eventPublisher()
        .onMemberJoined(
            e -> {
              CompletableFuture<Void> unused =
                  g.submitAsync(Fixtures.say(BOB, "s1", "hello, " + e.member().value()))
                      .thenAccept(welcomes::add);
            });
    runtime.eventPublisher().onContributionRecorded(said::add);

    Submission joined = g.submit(Fixtures.join(Fixtures.member(7)));

    Submission first = next(welcomes);
    Submission second = next(welcomes);
    assertThat(List.of(first, second)).allMatch(Submission::isAccepted);
    assertThat(first.baseVersion()).isGreaterThanOrEqualTo(joined.version());
    List<String> texts = new ArrayList<>();
    texts.add(next(said).contribution().text());
    texts.add(next(said).contribution().text());
    assertThat(texts).containsExactlyInAnyOrder("welcome, m7", "hello, m7");
    assertThat(g.events().get((int) joined.version() - 1)).isInstanceOf(MemberJoined.class);
  }

  @Test
  void should_refuse_a_blocking_submit_on_a_command_thread_instead_of_deadlocking()
      throws Exception {
    GroupHandle g = running(A);
    // Guards run on the group's command thread: a blocking submit there could never complete.
    BlockingQueue<Throwable> refused = new LinkedBlockingQueue<>();
    Registration unused =
        runtime.addGuard(
            (state, command, proposed) -> {
              if (command.toString().contains("outer")) {
                try {
                  g.submit(Fixtures.say(ALICE, "s1", "inner"));
                } catch (IllegalStateException e) {
                  refused.add(e);
                }
              }
              return List.of();
            });

    Submission outer = g.submit(Fixtures.say(ALICE, "s1", "outer"));

    assertThat(outer.isAccepted()).isTrue();
    assertThat(next(refused))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("use submitAsync");
    assertThat(g.events().stream().filter(e -> e.toString().contains("inner"))).isEmpty();
  }

  @Test
  void should_stop_calling_a_removed_listener() throws Exception {
    GroupHandle g = running(A);
    BlockingQueue<GroupEvent> removed = new LinkedBlockingQueue<>();
    BlockingQueue<GroupEvent> kept = new LinkedBlockingQueue<>();
    Registration r = runtime.eventPublisher().onEvent(removed::add);
    runtime.eventPublisher().onEvent(kept::add);
    long one = g.submit(Fixtures.say(ALICE, "s1", "one")).version();
    until(kept, one);
    until(removed, one);

    r.remove();
    r.remove();
    long two = g.submit(Fixtures.say(ALICE, "s1", "two")).version();
    until(kept, two);

    assertThat(removed).isEmpty();
  }
}
