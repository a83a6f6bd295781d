package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.decision.BallotSecrecy;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.event.ProposalOpened;
import io.github.peerled.core.json.PeerledJson;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hidden and anonymous stances: what the member view shows before and after the close. */
class BallotSecrecyTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  /** Logistics decided by majority with the given secrecy; p1 open, bob agreed, carol disagreed. */
  private static GroupFixture voted(BallotSecrecy secrecy) {
    GovernanceSettings g =
        GovernanceSettings.custom()
            .putProcedure(
                DecisionKind.LOGISTICS,
                DecisionProcedure.builder()
                    .from(DecisionProcedure.majority())
                    .ballots(secrecy)
                    .build())
            .build();
    return GroupFixture.given(Groups.founded(g))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"))
        .and(Groups.stance(BOB, "p1", StanceKind.AGREE, ""))
        .and(Groups.stance(CAROL, "p1", StanceKind.DISAGREE, ""));
  }

  private static Proposal seen(GroupFixture f) {
    return f.state.asSeenByMembers().proposal(P1).orElseThrow();
  }

  @Test
  void should_show_every_stance_of_an_open_ballot() {
    GroupFixture f = voted(BallotSecrecy.OPEN);

    assertThat(f.state.asSeenByMembers()).isSameAs(f.state);
    assertThat(seen(f).stanceOf(CAROL).orElseThrow().kind()).isEqualTo(StanceKind.DISAGREE);
  }

  @Test
  void should_show_participation_but_no_ballot_before_the_close_when_hidden() {
    GroupFixture f = voted(BallotSecrecy.HIDDEN_UNTIL_CLOSE);

    Proposal p = seen(f);
    assertThat(p.stances()).isEmpty();
    assertThat(p.participants()).containsExactly(BOB, CAROL);
    assertThat(f.state.asSeenByMembers().undecided(P1)).containsExactly(ALICE);
    assertThat(PeerledJson.write(f.state.asSeenByMembers())).doesNotContain("DISAGREE");
    assertThat(f.state.proposal(P1).orElseThrow().stances()).hasSize(2); // the group's own state
  }

  @Test
  void should_leave_out_the_objection_that_would_name_a_hidden_ballot() {
    // given a hidden ballot in which alice objects
    GroupFixture f =
        voted(BallotSecrecy.HIDDEN_UNTIL_CLOSE)
            .and(Groups.object(ALICE, "p1", "Tuesdays clash with my shifts."));

    // then the group's state keeps the objection, and the member view shows neither it nor
    // its author's stance, only that alice took part
    assertThat(f.state.proposal(P1).orElseThrow().objections()).hasSize(1);
    Proposal p = seen(f);
    assertThat(p.objections()).isEmpty();
    assertThat(p.participants()).contains(ALICE);
    assertThat(PeerledJson.write(f.state.asSeenByMembers()))
        .doesNotContain("OBJECT")
        .doesNotContain("shifts");
  }

  @Test
  void should_show_the_ballots_after_the_close_when_hidden_until_then() {
    GroupFixture f =
        voted(BallotSecrecy.HIDDEN_UNTIL_CLOSE)
            .and(Groups.stance(ALICE, "p1", StanceKind.AGREE, ""))
            .and(Groups.close(ALICE, "p1"));

    assertThat(seen(f).stanceOf(CAROL).orElseThrow().kind()).isEqualTo(StanceKind.DISAGREE);
  }

  @Test
  void should_never_name_who_chose_what_when_anonymous_and_give_the_tally_at_the_close() {
    GroupFixture f = voted(BallotSecrecy.ANONYMOUS).after(Duration.ofDays(3));
    assertThat(seen(f).stances()).isEmpty();

    GroupFixture.Then then = f.when(Groups.close(ALICE, "p1")).thenEvents(ProposalDecided.class);

    Proposal p = then.state().asSeenByMembers().proposal(P1).orElseThrow();
    assertThat(p.stances()).isEmpty();
    assertThat(p.participants()).containsExactly(BOB, CAROL);
    assertThat(p.tally().orElseThrow().agree()).isEqualTo(1);
    assertThat(p.tally().orElseThrow().disagree()).isEqualTo(1);
    assertThat(PeerledJson.write(p)).doesNotContain("DISAGREE").doesNotContain("\"member\"");
  }

  @Test
  void should_fix_the_secrecy_when_the_proposal_opens() {
    GroupFixture f = voted(BallotSecrecy.ANONYMOUS);
    ProposalOpened opened =
        f.log.stream()
            .filter(ProposalOpened.class::isInstance)
            .map(ProposalOpened.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(opened.procedure().ballots()).isEqualTo(BallotSecrecy.ANONYMOUS);
  }

  @Test
  void should_read_procedures_and_drafts_written_before_secrecy_and_seeds_existed() {
    DecisionProcedure old =
        PeerledJson.read("{\"method\":\"MAJORITY\"}", DecisionProcedure.class, "old");
    assertThat(old.ballots()).isEqualTo(BallotSecrecy.OPEN);

    GroupEvent drafted =
        PeerledJson.read(
            "{\"type\":\"ProposalDrafted\",\"sequence\":5,\"groupId\":\"g\",\"actor\":\"alice\","
                + "\"at\":\"2026-01-05T18:30:00Z\",\"proposalId\":\"p1\",\"title\":\"T\","
                + "\"rationale\":\"\",\"content\":{\"kind\":\"logistics\","
                + "\"meeting\":{\"schedule\":\"Tuesdays\"}}}",
            GroupEvent.class,
            "old");
    assertThat(((ProposalDrafted) drafted).seededBy()).isEmpty();
  }
}
