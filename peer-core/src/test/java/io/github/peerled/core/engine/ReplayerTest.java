package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableProposalDrafted;
import io.github.peerled.core.event.ImmutableSessionScheduled;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.SessionScheduled;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The replayer folds a log in one pass and publishes a state on demand. Its states must equal the
 * event-by-event fold whenever it is asked, and a bad event must leave it as it was.
 */
class ReplayerTest {

  @Test
  void should_publish_the_event_by_event_state_wherever_it_is_asked_and_go_on() {
    qt().withFixedSeed(20261122L)
        .withExamples(150)
        .forAll(RandomGroups.scenarios(20, 80))
        .checkAssert(
            sc -> {
              GroupFixture f = RandomGroups.run(sc, step -> {});
              List<GroupState> live = new ArrayList<>();
              GroupState s = GroupState.initial(Groups.GROUP);
              live.add(s);
              for (GroupEvent e : f.log) {
                s = f.engine.evolve(s, e);
                live.add(s);
              }
              assertThat(s).as("the event-by-event fold is the live state").isEqualTo(f.state);

              SplittableRandom asks = new SplittableRandom(sc.settingsSeed());
              GroupEngine.Replayer replayer = f.engine.replayer(GroupState.initial(Groups.GROUP));
              for (GroupEvent e : f.log) {
                replayer.accept(e);
                if (asks.nextInt(5) == 0) {
                  assertThat(replayer.state())
                      .as("published at version %d", e.sequence())
                      .isEqualTo(live.get((int) e.sequence()));
                }
              }
              assertThat(replayer.version()).isEqualTo(f.state.version());
              assertThat(replayer.state()).isEqualTo(f.state);
            });
  }

  @Test
  void should_reject_an_event_that_does_not_fit_and_keep_the_state_before_it() {
    // given a group in session, with an open proposal and two stances taken
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.addClause(1, "quiet", "We invite quiet ones.")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.stance(BOB, "p1", StanceKind.AGREE, ""))
            .and(Groups.stance(CAROL, "p1", StanceKind.CONCERN, "too soon"));
    GroupEngine.Replayer replayer = f.engine.replayer(GroupState.initial(Groups.GROUP));
    f.log.forEach(replayer);
    StanceTaken last = (StanceTaken) f.log.get(f.log.size() - 1);

    // when a stance on a proposal the group does not have comes next
    StanceTaken unknown =
        ImmutableStanceTaken.copyOf(last)
            .withSequence(last.sequence() + 1)
            .withProposalId(ProposalId.of("nowhere"));

    // then it is refused, and the replay goes on from the state before it
    assertThatThrownBy(() -> replayer.accept(unknown))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("no draft or open proposal nowhere");
    assertThat(replayer.version()).isEqualTo(f.state.version());
    assertThat(replayer.state()).isEqualTo(f.state);

    StanceTaken changed =
        ImmutableStanceTaken.copyOf(last)
            .withSequence(last.sequence() + 1)
            .withKind(StanceKind.AGREE)
            .withReason(Optional.empty());
    replayer.accept(changed);
    assertThat(replayer.state()).isEqualTo(f.engine.evolve(f.state, changed));
  }

  @Test
  void should_reject_a_proposal_or_session_that_reuses_the_id_of_a_closed_one() {
    // given a group whose proposal p1 was withdrawn and whose session s1 was closed
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.addClause(1, "quiet", "We invite quiet ones.")))
            .and(Groups.withdraw(ALICE, "p1"))
            .and(Groups.schedule(ALICE, "s1", Groups.START.plusSeconds(3600)))
            .and(Groups.start(ALICE, "s1", BOB));
    MemberId facilitator =
        f.state.session(SessionId.of("s1")).orElseThrow().facilitator().orElseThrow();
    f.and(Groups.closeSession(facilitator, "s1"));
    GroupEngine.Replayer replayer = f.engine.replayer(GroupState.initial(Groups.GROUP));
    f.log.forEach(replayer);
    long next = f.state.version() + 1;
    ProposalDrafted drafted =
        f.log.stream()
            .filter(ProposalDrafted.class::isInstance)
            .map(ProposalDrafted.class::cast)
            .findFirst()
            .orElseThrow();
    SessionScheduled scheduled =
        f.log.stream()
            .filter(SessionScheduled.class::isInstance)
            .map(SessionScheduled.class::cast)
            .findFirst()
            .orElseThrow();

    // when / then the same ids come again, each is refused and nothing changes
    assertThatThrownBy(
            () -> replayer.accept(ImmutableProposalDrafted.copyOf(drafted).withSequence(next)))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("proposal p1 exists already (closed)");
    assertThatThrownBy(
            () -> replayer.accept(ImmutableSessionScheduled.copyOf(scheduled).withSequence(next)))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("session s1 exists already (closed)");
    assertThat(replayer.state()).isEqualTo(f.state);
  }

  @Test
  void should_reject_a_gap_a_repeat_and_another_groups_event() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    GroupEngine.Replayer replayer = f.engine.replayer(GroupState.initial(Groups.GROUP));
    GroupEvent first = f.log.get(0);
    replayer.accept(first);
    GroupState afterFirst = replayer.state();

    assertThatThrownBy(() -> replayer.accept(first))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("expected sequence number 2");
    assertThatThrownBy(() -> replayer.accept(f.log.get(2)))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("expected sequence number 2");
    StanceTaken elsewhere =
        ImmutableStanceTaken.builder()
            .sequence(2)
            .groupId(GroupId.of("another-group"))
            .actor(BOB)
            .at(Groups.START)
            .proposalId(ProposalId.of("p1"))
            .kind(StanceKind.AGREE)
            .build();
    assertThatThrownBy(() -> replayer.accept(elsewhere))
        .isInstanceOf(ReplayException.class)
        .hasMessageContaining("belongs to group another-group");
    assertThat(replayer.state()).isEqualTo(afterFirst);
  }
}
