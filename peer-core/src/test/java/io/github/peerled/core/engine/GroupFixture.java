package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.event.GroupEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Given(events or commands) / when(command) / then(events or rejection), in the style of Axon's
 * aggregate fixtures. Each {@code then} also checks that a rejection changed nothing and that the
 * replay of the whole log equals the live state; {@code thenEvents} checks, besides each event's
 * type, the header every event carries (its sequence continuing the log, its group, the instant the
 * command was decided at), and {@link Then#event} hands an event over for its payload's checks.
 */
final class GroupFixture {
  final TestClock clock = new TestClock(Groups.START);
  final GroupEngine engine = GroupEngine.of(clock);
  GroupState state = GroupState.initial(Groups.GROUP);
  final List<GroupEvent> log = new ArrayList<>();

  static GroupFixture given(List<GroupCommand> commands) {
    GroupFixture f = new GroupFixture();
    return f.and(commands);
  }

  static GroupFixture givenEvents(List<GroupEvent> events) {
    GroupFixture f = new GroupFixture();
    for (GroupEvent e : events) {
      f.state = f.engine.evolve(f.state, e);
      f.log.add(e);
    }
    return f;
  }

  GroupFixture and(List<GroupCommand> commands) {
    for (GroupCommand c : commands) {
      and(c);
    }
    return this;
  }

  GroupFixture and(GroupCommand c) {
    GroupEngine.Applied step = engine.apply(state, c);
    assertThat(step.result().rejection()).as("given %s", c).isEmpty();
    state = step.state();
    log.addAll(step.result().events());
    return this;
  }

  GroupFixture after(Duration d) {
    clock.advance(d);
    return this;
  }

  Then when(GroupCommand c) {
    GroupState before = state;
    GroupEngine.Applied step = engine.apply(state, c);
    state = step.state();
    log.addAll(step.result().events());
    if (!step.result().isAccepted()) {
      assertThat(state).as("a rejected command changes nothing").isSameAs(before);
    }
    assertThat(engine.replay(Groups.GROUP, log)).as("replay equals live state").isEqualTo(state);
    return new Then(step.result(), state, clock.instant());
  }

  /** What a command gave, the state after it, and the instant it was decided at. */
  record Then(CommandResult result, GroupState state, Instant decidedAt) {
    @SafeVarargs
    final Then thenEvents(Class<? extends GroupEvent>... types) {
      assertThat(result.rejection()).as("rejection").isEmpty();
      assertThat(result.events()).hasSize(types.length);
      long first = state.version() - types.length + 1;
      for (int i = 0; i < types.length; i++) {
        GroupEvent e = result.events().get(i);
        assertThat(e).as("event %d", i).isInstanceOf(types[i]);
        assertThat(e.sequence()).as("the sequence of %s", e).isEqualTo(first + i);
        assertThat(e.groupId()).as("the group of %s", e).isEqualTo(state.groupId());
        assertThat(e.at()).as("the time of %s", e).isEqualTo(decidedAt);
      }
      return this;
    }

    Rejection thenRejected(RejectionReason reason) {
      assertThat(result.events()).isEmpty();
      assertThat(result.rejection()).isPresent();
      Rejection r = result.rejection().orElseThrow();
      assertThat(r.reason()).as(r.message()).isEqualTo(reason);
      return r;
    }

    Rejection thenRejected(RejectionReason reason, String message) {
      Rejection r = thenRejected(reason);
      assertThat(r.message()).isEqualTo(message);
      return r;
    }

    /**
     * Asserts the command was rejected exactly as the given rejection says: reason, message and,
     * for a wrong state, the current and expected states. Compare with a factory of {@link
     * Rejections} so the test does not repeat the message.
     */
    Rejection thenRejected(Rejection expected) {
      Rejection r = thenRejected(expected.reason());
      assertThat(r).isEqualTo(expected);
      return r;
    }

    <E extends GroupEvent> E event(int index, Class<E> type) {
      return type.cast(result.events().get(index));
    }
  }
}
