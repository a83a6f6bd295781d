package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peerled.core.engine.HostileCommands.Hostile;
import io.github.peerled.core.engine.HostileCommands.Trait;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.runtime.GroupHandle;
import io.github.peerled.core.runtime.GroupRuntime;
import io.github.peerled.core.runtime.Submission;
import io.github.peerled.core.store.Durability;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Properties: whatever a member sends, each command ends in an accepted result or a typed
 * rejection, never an exception; a command that breaks a limit is rejected as invalid and names the
 * field; a rejected command changes nothing, appends nothing, and the store opens again to the same
 * state. The groups are random valid groups (see {@link RandomGroups}); the commands come from
 * {@link HostileCommands}. The seeds are fixed, so a failure reproduces.
 */
class HostileCommandsTest {
  private static final long SEED = 20260512L;

  @TempDir Path dir;

  private final Map<Trait, Integer> tried = new EnumMap<>(Trait.class);
  private final Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);

  private enum Outcome {
    ACCEPTED,
    ACCEPTED_WITH_MARKS,
    REFUSED_OVER_A_LIMIT,
    REFUSED_OTHERWISE
  }

  /** A random valid group, and the seed of the hostile command sent to it. */
  record Attack(RandomGroups.Scenario scenario, long seed) {
    /** Every eighth attack is on a group not founded yet, so that hostile foundings can land. */
    boolean onEmptyGroup() {
      return Math.floorMod(seed, 8) == 0;
    }
  }

  static Gen<Attack> attacks(int maxSteps) {
    return RandomGroups.scenarios(0, maxSteps).zip(longs().all(), Attack::new);
  }

  @Test
  void should_end_every_hostile_command_in_a_result_and_change_nothing_when_refusing_it() {
    qt().withFixedSeed(SEED)
        .withExamples(1000)
        .withShrinkCycles(100)
        .forAll(attacks(40))
        .checkAssert(
            a -> {
              GroupFixture f = RandomGroups.run(a.scenario(), step -> {});
              GroupState before = a.onEmptyGroup() ? GroupState.initial(Groups.GROUP) : f.state;
              List<GroupEvent> log = a.onEmptyGroup() ? List.of() : f.log;
              Hostile h = HostileCommands.against(before, a.seed());

              GroupEngine.Applied applied = f.engine.apply(before, h.command());

              CommandResult result = applied.result();
              checkOutcome(h, result);
              if (!result.isAccepted()) {
                assertThat(applied.state())
                    .as("a rejected command changes nothing")
                    .isSameAs(before);
                return;
              }
              List<GroupEvent> after = new ArrayList<>(log);
              for (GroupEvent e : result.events()) {
                assertThat(PeerledJson.read(PeerledJson.write(e), GroupEvent.class, "event"))
                    .as("an accepted event reads back as written")
                    .isEqualTo(e);
                after.add(e);
              }
              assertThat(f.engine.replay(Groups.GROUP, after)).isEqualTo(applied.state());
            });

    assertThat(tried).as("the attacks try everything").containsKeys(Trait.values());
    assertThat(seen).as("the attacks land both ways").containsKeys(Outcome.values());
    assertThat(seen.get(Outcome.REFUSED_OVER_A_LIMIT)).isGreaterThan(50);
    assertThat(seen.get(Outcome.ACCEPTED_WITH_MARKS)).isGreaterThan(5);
  }

  @Test
  void should_append_nothing_for_a_refused_hostile_command_and_reopen_to_the_same_state() {
    AtomicInteger example = new AtomicInteger();
    qt().withFixedSeed(SEED + 1)
        .withExamples(200)
        .withShrinkCycles(20)
        .forAll(attacks(30))
        .checkAssert(
            a -> {
              Path files = dir.resolve("example-" + example.incrementAndGet());
              GroupFixture f = RandomGroups.run(a.scenario(), step -> {});
              try (JsonLinesEventStore store = store(files)) {
                if (!a.onEmptyGroup() && !f.log.isEmpty()) {
                  store.append(Groups.GROUP, 0, f.log);
                }
              }
              Clock clock = Clock.fixed(f.clock.instant(), ZoneOffset.UTC);
              GroupState acknowledged;
              try (JsonLinesEventStore store = store(files);
                  GroupRuntime runtime = GroupRuntime.builder().store(store).clock(clock).build()) {
                GroupHandle group = runtime.group(Groups.GROUP);
                GroupState before = group.state();
                List<GroupEvent> stored = store.read(Groups.GROUP);
                Hostile h = HostileCommands.against(before, a.seed());

                Submission s = group.submit(h.command());

                if (s.isAccepted()) {
                  checkOutcome(h, CommandResult.accepted(s.events()));
                } else {
                  assertThat(s.status()).isEqualTo(Submission.Status.REJECTED);
                  checkOutcome(h, CommandResult.rejected(s.rejection().orElseThrow()));
                  assertThat(store.read(Groups.GROUP)).as("nothing appended").isEqualTo(stored);
                  assertThat(group.state()).isEqualTo(before);
                }
                acknowledged = group.state();
              }
              try (JsonLinesEventStore store = store(files);
                  GroupRuntime runtime = GroupRuntime.builder().store(store).clock(clock).build()) {
                assertThat(runtime.group(Groups.GROUP).state())
                    .as("the store opens again to the same state")
                    .isEqualTo(acknowledged);
              }
            });

    assertThat(seen)
        .as("marks reach the store, and commands over a limit are tried")
        .containsKeys(Outcome.ACCEPTED_WITH_MARKS, Outcome.REFUSED_OVER_A_LIMIT);
  }

  private static JsonLinesEventStore store(Path files) {
    return JsonLinesEventStore.builder(files).durability(Durability.NO_FORCE).build();
  }

  /** Checks what the engine said of a hostile command, and counts it. */
  private void checkOutcome(Hostile h, CommandResult result) {
    h.traits().forEach(t -> tried.merge(t, 1, Integer::sum));
    if (result.isAccepted()) {
      assertThat(h.badFields()).as("a command over a limit is never accepted").isEmpty();
      saw(h.traits().contains(Trait.MARKS) ? Outcome.ACCEPTED_WITH_MARKS : Outcome.ACCEPTED);
      return;
    }
    assertThat(result.events()).isEmpty();
    Rejection r = result.rejection().orElseThrow();
    if (h.badFields().isEmpty()) {
      saw(Outcome.REFUSED_OTHERWISE);
      return;
    }
    saw(Outcome.REFUSED_OVER_A_LIMIT);
    assertThat(r.reason()).as(r.message()).isEqualTo(RejectionReason.INVALID);
    assertThat(h.badFields())
        .as("the rejection names a field that breaks a limit: %s", r.message())
        .anySatisfy(path -> assertThat(r.message()).startsWith(path + " "));
  }

  private void saw(Outcome o) {
    seen.merge(o, 1, Integer::sum);
  }
}
