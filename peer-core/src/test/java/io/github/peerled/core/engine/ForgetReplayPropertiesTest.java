package io.github.peerled.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.internal.Sealer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random groups, random erasures: the log as a store with keys keeps it (sealed), members forgotten
 * (their keys destroyed), and the log read back (opened) replays to the live state, with every
 * decision as before.
 */
class ForgetReplayPropertiesTest {
  private static final long SEED = 20261203L;
  private int forgotten;

  @Test
  void should_replay_the_same_governance_after_random_erasures() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .withShrinkCycles(100)
        .forAll(
            RandomGroups.scenarios(20, 80),
            lists().of(integers().between(0, RandomGroups.PEOPLE.size() - 1)).ofSizeBetween(0, 3))
        .checkAssert(
            (sc, erasures) -> {
              GroupFixture f = RandomGroups.run(sc, step -> {});
              List<GroupEvent> decidedBefore = decisions(f.log);
              GroupState before = f.state;
              for (int i : erasures) {
                MemberId who = RandomGroups.PEOPLE.get(i);
                GroupEngine.Applied a = f.engine.apply(f.state, Groups.forget(who));
                f.state = a.state();
                f.log.addAll(a.result().events());
              }

              // the store's boundary: sealed on the way in, keys destroyed as it appends a
              // forgetting, opened on the way out
              MemberKeyStore keys = MemberKeyStore.inMemory();
              Sealer sealer = new Sealer(keys);
              List<GroupEvent> stored = new ArrayList<>();
              for (GroupEvent e : f.log) {
                stored.add(sealer.seal(e));
                if (e instanceof MemberForgotten m) {
                  keys.destroy(m.groupId(), m.member());
                  forgotten++;
                }
              }
              List<GroupEvent> read = stored.stream().map(sealer::open).toList();
              GroupState replayed = f.engine.replay(Groups.GROUP, read);

              assertThat(replayed)
                  .as("replay of the erased log equals the live state")
                  .isEqualTo(f.state);
              assertThat(decisions(read)).as("every decision as before").isEqualTo(decidedBefore);
              assertThat(replayed.pastProposals()).hasSameSizeAs(before.pastProposals());
              for (Member m : before.members().values()) {
                Member after = replayed.member(m.id()).orElseThrow();
                assertThat(after.standing()).isEqualTo(m.standing());
                assertThat(after.joinedAt()).isEqualTo(m.joinedAt());
              }
            });
    assertThat(forgotten).as("the erasures are not vacuous").isGreaterThan(50);
  }

  private static List<GroupEvent> decisions(List<GroupEvent> log) {
    return log.stream().filter(ProposalDecided.class::isInstance).toList();
  }
}
