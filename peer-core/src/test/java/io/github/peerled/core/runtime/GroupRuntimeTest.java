package io.github.peerled.core.runtime;

import static io.github.peerled.core.runtime.Fixtures.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupRuntimeTest {
  private static final GroupId GROUP = GroupId.of("town-hall");
  private final EventStore store = EventStore.inMemory();
  private final GroupRuntime runtime =
      GroupRuntime.builder().store(store).clock(Fixtures.fixedClock()).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private GroupHandle running() {
    GroupHandle g = runtime.group(GROUP);
    for (GroupCommand c : Fixtures.running(3)) {
      Submission s = g.submit(c);
      assertThat(s.rejection()).as("%s", c).isEmpty();
    }
    return g;
  }

  @Test
  void should_apply_commands_and_append_their_events() {
    GroupHandle g = running();
    Submission s = g.submit(Fixtures.say(ALICE, "s1", "I checked my sugar before the walk."));
    assertThat(s.status()).isEqualTo(Submission.Status.ACCEPTED);
    assertThat(s.events()).last().isInstanceOf(ContributionRecorded.class);
    assertThat(s.version()).isEqualTo(g.version()).isEqualTo(store.version(GROUP));
    assertThat(g.events()).hasSize((int) g.version());
    assertThat(g.state()).isSameAs(s.state());
  }

  @Test
  void should_append_nothing_for_a_rejected_command() {
    GroupHandle g = running();
    long before = g.version();
    Submission s = g.submit(Fixtures.say(ALICE, "no-such-session", "hello"));
    assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
    assertThat(s.rejection()).isPresent();
    assertThat(s.events()).isEmpty();
    assertThat(g.version()).isEqualTo(before);
    assertThat(store.version(GROUP)).isEqualTo(before);
  }

  @Test
  void should_reject_a_stale_expected_version_as_a_conflict_and_accept_a_current_one() {
    GroupHandle g = running();
    long seen = g.version();
    assertThat(g.submit(Fixtures.say(ALICE, "s1", "first"), seen).isAccepted()).isTrue();

    Submission stale = g.submit(Fixtures.say(ALICE, "s1", "second"), seen);

    assertThat(stale.status()).isEqualTo(Submission.Status.CONFLICT);
    assertThat(stale.rejection().orElseThrow().reason()).isEqualTo(RejectionReason.CONFLICT);
    assertThat(stale.rejection().orElseThrow().message())
        .isEqualTo(
            "expected group version "
                + seen
                + ", but group town-hall is at version "
                + g.version());
    assertThat(store.version(GROUP)).isEqualTo(g.version());
    assertThat(g.submit(Fixtures.say(ALICE, "s1", "third"), g.version()).isAccepted()).isTrue();
  }

  @Test
  void should_let_a_guard_reject_a_command_with_its_violations() {
    GroupHandle g = running();
    runtime.addGuard(
        (state, command, proposed) ->
            proposed.stream().anyMatch(e -> e instanceof ContributionRecorded)
                    && command.toString().contains("you should")
                ? List.of(Violation.of("sharing-not-advice", "share, do not advise"))
                : List.of());
    long before = g.version();

    Submission s = g.submit(Fixtures.say(ALICE, "s1", "you should eat less"));

    assertThat(s.status()).isEqualTo(Submission.Status.VIOLATION);
    assertThat(s.violations())
        .containsExactly(Violation.of("sharing-not-advice", "share, do not advise"));
    assertThat(s.rejection().orElseThrow().reason()).isEqualTo(RejectionReason.NOT_PERMITTED);
    assertThat(s.rejection().orElseThrow().message())
        .isEqualTo("sharing-not-advice: share, do not advise");
    assertThat(g.version()).isEqualTo(before);
    assertThat(g.submit(Fixtures.say(ALICE, "s1", "I ate less")).isAccepted()).isTrue();
  }

  @Test
  void should_fail_only_the_command_whose_guard_throws() {
    GroupHandle g = running();
    Registration r =
        runtime.addGuard(
            (state, command, proposed) -> {
              throw new IllegalStateException("policy service down");
            });
    long before = g.version();

    assertThatThrownBy(() -> g.submit(Fixtures.say(ALICE, "s1", "hello")))
        .isInstanceOf(GuardFailedException.class)
        .hasMessageContaining("policy service down")
        .hasMessageContaining("RecordContribution by alice");
    assertThat(g.version()).isEqualTo(before);

    r.remove();
    assertThat(g.submit(Fixtures.say(ALICE, "s1", "hello")).isAccepted()).isTrue();
  }

  @Test
  void should_give_the_state_as_of_any_version_and_instant() {
    GroupHandle g = running();
    g.submit(Fixtures.stance(ALICE, "p1", StanceKind.AGREE));
    GroupEngine engine = GroupEngine.of(Fixtures.fixedClock());
    List<GroupEvent> log = g.events();

    for (long v = 0; v <= g.version(); v++) {
      assertThat(g.stateAtVersion(v)).isEqualTo(engine.replay(GROUP, log.subList(0, (int) v)));
    }
    assertThat(g.stateAt(Fixtures.START)).isEqualTo(g.state());
    assertThat(g.stateAt(Fixtures.START.minusSeconds(1)).version()).isZero();
    assertThatThrownBy(() -> g.stateAtVersion(g.version() + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "group town-hall has versions 0 to " + g.version() + ", not " + (g.version() + 1));
  }

  @Test
  void should_reopen_a_group_from_its_store() {
    GroupHandle g = running();
    runtime.close();
    try (GroupRuntime again = GroupRuntime.builder().store(store).build()) {
      assertThat(again.group(GROUP).state()).isEqualTo(g.state());
      assertThat(again.groups()).containsExactly(GROUP);
    }
  }

  @Test
  void should_refuse_commands_after_close() {
    GroupHandle g = runtime.group(GROUP);
    runtime.close();
    assertThatThrownBy(() -> g.submit(Fixtures.found()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the runtime is closed");
  }
}
