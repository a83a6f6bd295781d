package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.ProposalStatus;
import io.github.peerled.core.event.DeadlineExtended;
import io.github.peerled.core.event.MeetingPlanChanged;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.StanceTaken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The late-decision extension: quorum first reached within the procedure's window before the
 * deadline moves the deadline, once.
 */
class LateDecisionTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  /** Majority on logistics, quorum 2 of 3, a 30-day deadline, a 2-day window, 1 day more. */
  private static final DecisionProcedure LATE =
      DecisionProcedure.builder()
          .from(DecisionProcedure.majority())
          .quorum(0.5)
          .deadline(Duration.ofDays(30))
          .closingSoon(Duration.ZERO)
          .lateQuorumWindow(Duration.ofDays(2))
          .lateQuorumExtension(Duration.ofDays(1))
          .build();

  private static GroupFixture open(DecisionProcedure logistics) {
    GovernanceSettings settings =
        GovernanceSettings.custom().putProcedure(DecisionKind.LOGISTICS, logistics).build();
    List<GroupCommand> given = new ArrayList<>(Groups.founded(settings));
    given.add(Groups.draft(ALICE, "p1", Groups.logistics("Thursdays")));
    given.add(Groups.open(ALICE, "p1"));
    return GroupFixture.given(given);
  }

  private static Instant deadline(GroupFixture f) {
    return f.state.proposal(P1).orElseThrow().expiresAt().orElseThrow();
  }

  @Test
  void should_move_the_deadline_once_when_quorum_is_first_reached_late() {
    GroupFixture f = open(LATE);
    Instant original = deadline(f);
    f.after(Duration.ofDays(29)).and(Groups.agree(BOB, "p1"));

    DeadlineExtended x =
        f.when(Groups.agree(CAROL, "p1"))
            .thenEvents(StanceTaken.class, DeadlineExtended.class)
            .event(1, DeadlineExtended.class);

    assertThat(x.previousDeadline()).isEqualTo(original);
    assertThat(x.deadline()).isEqualTo(original.plus(Duration.ofDays(1)));
    assertThat(x.actor()).isEqualTo(CAROL);
    assertThat(deadline(f)).isEqualTo(original.plus(Duration.ofDays(1)));
    f.when(Groups.agree(ALICE, "p1")).thenEvents(StanceTaken.class);
    f.when(Groups.stance(CAROL, "p1", io.github.peerled.core.decision.StanceKind.ABSTAIN, ""))
        .thenEvents(StanceTaken.class);
  }

  @Test
  void should_not_move_the_deadline_when_quorum_was_reached_before_the_window() {
    GroupFixture f = open(LATE).and(Groups.agree(BOB, "p1")).and(Groups.agree(CAROL, "p1"));
    Instant original = deadline(f);
    f.after(Duration.ofDays(29));

    f.when(Groups.agree(ALICE, "p1")).thenEvents(StanceTaken.class);

    assertThat(deadline(f)).isEqualTo(original);
  }

  @Test
  void should_not_move_the_deadline_without_a_window() {
    GroupFixture f =
        open(DecisionProcedure.builder().from(LATE).lateQuorumWindow(Duration.ZERO).build());
    f.after(Duration.ofDays(29)).and(Groups.agree(BOB, "p1"));

    f.when(Groups.agree(CAROL, "p1")).thenEvents(StanceTaken.class);
  }

  @Test
  void should_keep_the_proposal_open_until_its_moved_deadline() {
    GroupFixture f = open(LATE);
    Instant original = deadline(f);
    f.after(Duration.ofDays(29)).and(Groups.agree(BOB, "p1")).and(Groups.agree(CAROL, "p1"));
    f.after(Duration.ofDays(1));

    assertThat(f.state.proposal(P1).orElseThrow().statusAt(original))
        .isEqualTo(ProposalStatus.OPEN);
    assertThat(f.state.nextDeadline()).contains(original.plus(Duration.ofDays(1)));
    f.when(CheckDeadlines.builder().actor(ALICE).build()).thenRejected(RejectionReason.WRONG_STATE);
    f.when(Groups.close(ALICE, "p1")).thenEvents(ProposalDecided.class, MeetingPlanChanged.class);
  }
}
