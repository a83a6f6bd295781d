package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.ALICE;
import static io.github.peerled.core.runtime.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two runtimes writing one group through one store: a runtime that finds the log extended by the
 * other reads the new events, decides its commands again on the new state and appends again.
 */
class ConflictRetryTest {
  private static final GroupId GROUP = GroupId.of("shared");
  private static final GroupEngine ENGINE = GroupEngine.of(Fixtures.fixedClock());

  private static GroupRuntime runtime(EventStore store) {
    return GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build();
  }

  @Test
  void should_decide_again_on_the_new_state_when_another_writer_appended_first() {
    // given two runtimes over one store, both with the group open, and a listener on the first
    EventStore store = EventStore.inMemory();
    List<Commit> heard = new CopyOnWriteArrayList<>();
    Submission s;
    try (GroupRuntime first = runtime(store);
        GroupRuntime second = runtime(store)) {
      GroupHandle a = first.group(GROUP);
      Fixtures.running(3).forEach(a::submit);
      GroupHandle b = second.group(GROUP);
      first.eventPublisher().onCommitted(heard::add);

      // when the second appends behind the first one's back, then the first submits
      b.submit(Fixtures.say(BOB, "s1", "behind your back"));
      s = a.submit(Fixtures.say(ALICE, "s1", "me too"));

      // then the command commits once, after the other writer's events, on the state they made
      assertThat(s.isAccepted()).isTrue();
      assertThat(s.baseVersion()).isEqualTo(b.version());
      List<GroupEvent> log = store.read(GROUP);
      assertThat(log.subList((int) s.baseVersion(), log.size())).isEqualTo(s.events());
      assertThat(a.state()).isEqualTo(ENGINE.replay(GROUP, log));
    }
    // and the listener heard of that commit once, and not of the other writer's
    assertThat(heard).hasSize(1);
    assertThat(heard.get(0).events()).isEqualTo(s.events());
  }

  @Test
  void should_reject_a_command_that_the_new_state_no_longer_allows() {
    // given two runtimes over one store with the group open
    EventStore store = EventStore.inMemory();
    try (GroupRuntime first = runtime(store);
        GroupRuntime second = runtime(store)) {
      GroupHandle a = first.group(GROUP);
      Fixtures.running(3).forEach(a::submit);
      GroupHandle b = second.group(GROUP);
      long before = a.version();

      // when both let the same newcomer join, the second first
      assertThat(b.submit(Fixtures.join(Fixtures.member(7))).isAccepted()).isTrue();
      Submission s = a.submit(Fixtures.join(Fixtures.member(7)));
      Submission expecting = a.submit(Fixtures.say(ALICE, "s1", "as I saw it"), before);

      // then the first runtime's command is rejected on the new state, not failed
      assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
      assertThat(s.baseVersion()).isEqualTo(b.version());
      assertThat(expecting.status()).isEqualTo(Submission.Status.CONFLICT);
      assertThat(expecting.rejection().orElseThrow().reason()).isEqualTo(RejectionReason.CONFLICT);
      assertThat(store.version(GROUP)).isEqualTo(b.version());
      assertThat(a.state()).isEqualTo(b.state());
    }
  }

  @Test
  void should_give_the_conflict_to_the_caller_only_after_the_last_attempt() {
    // given a store where another writer always appends first, and a runtime with 3 attempts
    EventStore memory = EventStore.inMemory();
    try (GroupRuntime setUp = runtime(memory)) {
      Fixtures.running(3).forEach(setUp.group(GROUP)::submit);
    }
    AtomicInteger appends = new AtomicInteger();
    EventStore contended =
        new Delegating(memory) {
          @Override
          public long append(GroupId g, long expectedVersion, List<? extends GroupEvent> events) {
            appends.incrementAndGet();
            GroupState now = ENGINE.replay(g, memory.read(g));
            memory.append(
                g,
                now.version(),
                ENGINE.apply(now, Fixtures.say(BOB, "s1", "first " + appends)).result().events());
            return super.append(g, expectedVersion, events);
          }
        };
    try (GroupRuntime r =
        GroupRuntime.builder()
            .store(contended)
            .clock(Fixtures.fixedClock())
            .maxAppendAttempts(3)
            .build()) {
      GroupHandle g = r.group(GROUP);
      long before = memory.version(GROUP);

      // when it submits a command, then it tries 3 times and the caller gets the conflict
      assertThatThrownBy(() -> g.submit(Fixtures.say(ALICE, "s1", "never my turn")))
          .isInstanceOf(VersionConflictException.class);
      assertThat(appends).hasValue(3);
      // and nothing of its command is in the log; its state is the log's as of its last read
      List<GroupEvent> log = memory.read(GROUP);
      assertThat(log.toString()).contains("first 3").doesNotContain("never my turn");
      assertThat(g.version()).isGreaterThan(before).isLessThan(log.size());
      assertThat(g.state()).isEqualTo(ENGINE.replay(GROUP, log.subList(0, (int) g.version())));
    }
  }

  @Test
  void should_refuse_fewer_than_one_attempt() {
    assertThatThrownBy(() -> GroupRuntime.builder().maxAppendAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GroupRuntime.Builder.DEFAULT_APPEND_ATTEMPTS).isEqualTo(8);
  }

  /** Passes everything to another store. */
  private static class Delegating implements EventStore {
    private final EventStore delegate;

    Delegating(EventStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public long version(GroupId group) {
      return delegate.version(group);
    }

    @Override
    public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
      return delegate.append(group, expectedVersion, events);
    }

    @Override
    public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
      return delegate.read(group, fromSequence, toSequence);
    }

    @Override
    public Set<GroupId> groups() {
      return delegate.groups();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
