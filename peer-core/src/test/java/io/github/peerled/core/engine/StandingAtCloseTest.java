package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.decision.TieRule;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The electorate is frozen when a proposal opens, and standing at the close counts: whoever is no
 * longer an active peer when the proposal closes counts neither by stance nor by silence.
 */
class StandingAtCloseTest {
  private static final MemberId ERIN = MemberId.of("erin");

  /** Drafts, opens, has alice, bob and carol agree to, and closes a membership decision. */
  private static GroupFixture decideAbout(GroupFixture f, String id, MemberId who, Standing to) {
    return f.and(Groups.draft(ALICE, id, Groups.standing(who, to)))
        .and(Groups.open(ALICE, id))
        .and(Groups.agree(ALICE, id))
        .and(Groups.agree(BOB, id))
        .and(Groups.agree(CAROL, id))
        .and(Groups.close(ALICE, id));
  }

  private static Tally closed(GroupFixture f, MemberId closer, String id) {
    return f.when(Groups.close(closer, id)).event(0, ProposalDecided.class).tally();
  }

  @Test
  void should_not_count_the_stance_of_a_member_made_an_advisor_before_the_close() {
    // given dana objects to a logistics change (by majority), which ties it 2 to 2
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.agree(BOB, "p1"))
            .and(Groups.object(CAROL, "p1", "Tuesdays clash with my shift"))
            .and(Groups.object(DANA, "p1", "I prefer Mondays"));

    // when the group makes dana an advisor before p1 closes
    decideAbout(f, "p2", DANA, Standing.ADVISOR).after(Duration.ofDays(3));
    Tally tally = closed(f, ALICE, "p1");

    // then her objection no longer counts: 2 to 1, adopted
    assertThat(tally.electorate()).isEqualTo(3);
    assertThat(tally.object()).isEqualTo(1);
    assertThat(tally.tie()).isFalse();
    assertThat(tally.outcome()).as(tally.explanation()).isEqualTo(Outcome.ADOPTED);
  }

  @Test
  void should_not_count_the_silence_of_a_member_who_left_under_silence_is_consent() {
    // given silence is consent and the tie rule adopts; carol and bob object, alice agrees
    GovernanceSettings settings =
        GovernanceSettings.custom()
            .putProcedure(
                DecisionKind.LOGISTICS,
                ImmutableDecisionProcedure.builder()
                    .method(DecisionMethod.MAJORITY)
                    .silenceIsConsent(true)
                    .tieRule(TieRule.ADOPTED)
                    .build())
            .build();
    GroupFixture f =
        GroupFixture.given(Groups.founded(settings))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.agree(ALICE, "p1"))
            .and(Groups.object(BOB, "p1", "Tuesdays clash with my shift"))
            .and(Groups.object(CAROL, "p1", "Tuesdays clash with choir"));

    // when dana, who took no stance, leaves before the close
    f.and(Groups.leave(DANA)).after(Duration.ofDays(3));
    Tally tally = closed(f, ALICE, "p1");

    // then her silence is not counted as consent: 1 to 2, not a 2 to 2 tie the rule would adopt
    assertThat(tally.electorate()).isEqualTo(3);
    assertThat(tally.silent()).isZero();
    assertThat(tally.participated()).isEqualTo(3);
    assertThat(tally.outcome()).as(tally.explanation()).isEqualTo(Outcome.NOT_ADOPTED);
  }

  @Test
  void should_keep_a_newcomer_who_joined_after_the_opening_outside_even_once_made_a_member() {
    // given p1 is open when erin joins as a newcomer, and the group then makes her a member
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.join(ERIN, Standing.NEWCOMER, 1));
    decideAbout(f, "p2", ERIN, Standing.MEMBER);
    assertThat(f.state.member(ERIN).orElseThrow().isActivePeer()).isTrue();

    // then she stays outside p1's frozen electorate: no stance, no silence counted
    f.when(Groups.stance(ERIN, "p1", StanceKind.AGREE, ""))
        .thenRejected(RejectionReason.NOT_PERMITTED);
    f.and(Groups.agree(ALICE, "p1")).after(Duration.ofDays(3));
    Tally tally = closed(f, ALICE, "p1");
    assertThat(tally.electorate()).isEqualTo(3);
    assertThat(tally.silent()).isEqualTo(2);
  }
}
