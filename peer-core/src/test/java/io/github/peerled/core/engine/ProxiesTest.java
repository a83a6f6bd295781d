package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.GrantProxy;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.RevokeProxy;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.BallotSecrecy;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.Stance;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.event.ImmutableStanceTaken;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.event.ProxyGranted;
import io.github.peerled.core.event.ProxyRevoked;
import io.github.peerled.core.event.StanceTaken;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Proxies: granted by the member alone to another peer, within a scope and until an end date; a
 * stance by proxy names both members, counts once for the grantor and gives way to their own.
 */
class ProxiesTest {
  private static final ProposalId P1 = ProposalId.of("p1");

  private static GrantProxy grant(MemberId grantor, MemberId holder, Duration lasting) {
    return GrantProxy.builder()
        .actor(grantor)
        .holder(holder)
        .endsAt(Groups.START.plus(lasting))
        .build();
  }

  private static GroupCommand forCarol(MemberId holder, StanceKind kind) {
    return TakeStance.builder().actor(holder).proposalId(P1).kind(kind).onBehalfOf(CAROL).build();
  }

  /** Founded (alice, bob, carol), dana a member; logistics p1 of alice's open, by majority. */
  private static GroupFixture open(BallotSecrecy secrecy) {
    GovernanceSettings g =
        GovernanceSettings.custom()
            .putProcedure(
                DecisionKind.LOGISTICS,
                DecisionProcedure.builder()
                    .from(DecisionProcedure.majority())
                    .discussionPeriod(Duration.ZERO)
                    .ballots(secrecy)
                    .build())
            .build();
    return GroupFixture.given(Groups.founded(g))
        .and(Groups.join(DANA, Standing.NEWCOMER, 1))
        .and(Groups.draft(ALICE, "p1", Groups.logistics("Tuesdays")))
        .and(Groups.open(ALICE, "p1"));
  }

  @Test
  void should_record_a_proxy_granted_by_the_member_with_its_scope_and_end() {
    GroupFixture f = open(BallotSecrecy.OPEN);

    GroupFixture.Then then =
        f.when(
                GrantProxy.builder()
                    .from(grant(CAROL, BOB, Duration.ofDays(10)))
                    .kind(DecisionKind.LOGISTICS)
                    .build())
            .thenEvents(ProxyGranted.class);

    ProxyGranted e = then.event(0, ProxyGranted.class);
    assertThat(e.actor()).isEqualTo(CAROL);
    assertThat(e.holder()).isEqualTo(BOB);
    assertThat(then.state().proxyInForce(CAROL, then.decidedAt()).orElseThrow().kind())
        .contains(DecisionKind.LOGISTICS);
  }

  @Test
  void should_count_a_stance_by_proxy_once_for_the_absent_member_and_name_both() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, BOB, Duration.ofDays(10)));
    f.and(Groups.stance(BOB, "p1", StanceKind.DISAGREE, ""));

    GroupFixture.Then then = f.when(forCarol(BOB, StanceKind.AGREE)).thenEvents(StanceTaken.class);

    StanceTaken e = then.event(0, StanceTaken.class);
    assertThat(e.actor()).isEqualTo(BOB);
    assertThat(e.onBehalfOf()).contains(CAROL);
    Proposal p = then.state().proposal(P1).orElseThrow();
    Stance carols = p.stanceOf(CAROL).orElseThrow();
    assertThat(carols.kind()).isEqualTo(StanceKind.AGREE);
    assertThat(carols.proxy()).contains(BOB);
    assertThat(p.stanceOf(BOB).orElseThrow().kind())
        .as("the holder's own stance stays theirs")
        .isEqualTo(StanceKind.DISAGREE);

    Tally tally =
        f.when(Groups.close(ALICE, "p1"))
            .thenEvents(ProposalDecided.class)
            .event(0, ProposalDecided.class)
            .tally();
    assertThat(tally.agree()).isEqualTo(1);
    assertThat(tally.disagree()).isEqualTo(1);
    assertThat(tally.silent()).as("alice and dana").isEqualTo(2);
  }

  @Test
  void should_let_the_members_own_later_stance_override_the_proxys() {
    GroupFixture f =
        open(BallotSecrecy.OPEN)
            .and(grant(CAROL, BOB, Duration.ofDays(10)))
            .and(forCarol(BOB, StanceKind.AGREE));

    GroupFixture.Then then =
        f.when(Groups.stance(CAROL, "p1", StanceKind.DISAGREE, "")).thenEvents(StanceTaken.class);

    Stance carols = then.state().proposal(P1).orElseThrow().stanceOf(CAROL).orElseThrow();
    assertThat(carols.kind()).isEqualTo(StanceKind.DISAGREE);
    assertThat(carols.proxy()).isEmpty();
    assertThat(then.state().proposal(P1).orElseThrow().stances()).hasSize(1);
  }

  @Test
  void should_refuse_a_stance_by_proxy_once_the_member_took_their_own() {
    GroupFixture f =
        open(BallotSecrecy.OPEN)
            .and(grant(CAROL, BOB, Duration.ofDays(10)))
            .and(Groups.stance(CAROL, "p1", StanceKind.DISAGREE, ""));

    f.when(forCarol(BOB, StanceKind.AGREE))
        .thenRejected(
            RejectionReason.CONFLICT,
            "carol has taken their own stance on p1; a stance by proxy never overrides it");
  }

  @Test
  void should_refuse_a_stance_for_a_member_who_granted_no_proxy_to_the_actor() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, DANA, Duration.ofDays(10)));

    f.when(forCarol(BOB, StanceKind.AGREE))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "bob holds no proxy of carol in force; only the member grants a proxy");
  }

  @Test
  void should_not_let_the_holder_pass_the_proxy_on() {
    GroupFixture f =
        open(BallotSecrecy.OPEN)
            .and(grant(CAROL, BOB, Duration.ofDays(10)))
            .and(grant(BOB, DANA, Duration.ofDays(10)));

    f.when(forCarol(DANA, StanceKind.AGREE)).thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_refuse_an_objection_or_a_reason_by_proxy() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, BOB, Duration.ofDays(10)));

    f.when(
            TakeStance.builder()
                .from((TakeStance) forCarol(BOB, StanceKind.OBJECT))
                .reason("harm")
                .build())
        .thenRejected(RejectionReason.INVALID);
    f.when(
            TakeStance.builder()
                .from((TakeStance) forCarol(BOB, StanceKind.AGREE))
                .reason("she said so")
                .build())
        .thenRejected(RejectionReason.INVALID);
  }

  @Test
  void should_not_count_a_proxy_past_its_end_date() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, BOB, Duration.ofDays(2)));
    f.after(Duration.ofDays(2));

    f.when(forCarol(BOB, StanceKind.AGREE)).thenRejected(RejectionReason.NOT_PERMITTED);
    assertThat(f.state.proxyInForce(CAROL, f.clock.instant())).isEmpty();
    f.when(grant(CAROL, DANA, Duration.ofDays(9))).thenEvents(ProxyGranted.class);
    assertThat(f.state.proxies()).hasSize(1);
  }

  @Test
  void should_keep_a_proxy_to_its_scope() {
    GroupFixture f =
        open(BallotSecrecy.OPEN)
            .and(
                GrantProxy.builder()
                    .from(grant(CAROL, BOB, Duration.ofDays(10)))
                    .kind(DecisionKind.GUIDELINES)
                    .build());

    f.when(forCarol(BOB, StanceKind.AGREE))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "the proxy carol granted bob does not cover proposal p1");
  }

  @Test
  void should_let_the_grantor_alone_revoke_the_proxy() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, BOB, Duration.ofDays(10)));

    f.when(RevokeProxy.builder().actor(BOB).build())
        .thenRejected(RejectionReason.INVALID, "bob has no proxy in force to revoke");
    GroupFixture.Then then =
        f.when(RevokeProxy.builder().actor(CAROL).build()).thenEvents(ProxyRevoked.class);

    assertThat(then.event(0, ProxyRevoked.class).holder()).isEqualTo(BOB);
    assertThat(then.state().proxies()).isEmpty();
    f.when(forCarol(BOB, StanceKind.AGREE)).thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_end_the_proxy_when_the_holder_or_the_grantor_leaves() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, DANA, Duration.ofDays(10)));

    f.when(Groups.leave(DANA));

    assertThat(f.state.proxies()).isEmpty();
    f.when(grant(BOB, CAROL, Duration.ofDays(10))).thenEvents(ProxyGranted.class);
    f.when(Groups.leave(BOB));
    assertThat(f.state.proxies()).isEmpty();
  }

  @Test
  void should_refuse_a_proxy_that_would_let_an_outsider_decide() {
    GroupFixture f =
        open(BallotSecrecy.OPEN).and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1));

    f.when(grant(CAROL, DR_EVANS, Duration.ofDays(10)))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "dr-evans is an advisor: a proxy never lets an advisor or guest decide");
    f.when(grant(DR_EVANS, BOB, Duration.ofDays(10))).thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_refuse_a_proxy_badly_granted() {
    GroupFixture f = open(BallotSecrecy.OPEN);

    f.when(grant(CAROL, CAROL, Duration.ofDays(10)))
        .thenRejected(RejectionReason.INVALID, "$.holder: carol cannot hold their own proxy");
    f.when(grant(CAROL, MemberId.of("zed"), Duration.ofDays(10)))
        .thenRejected(RejectionReason.INVALID, "there is no member zed in the group");
    f.when(grant(CAROL, BOB, Duration.ZERO)).thenRejected(RejectionReason.INVALID);
    f.when(
            GrantProxy.builder()
                .from(grant(CAROL, BOB, Duration.ofDays(10)))
                .kind(DecisionKind.LOGISTICS)
                .proposalId(P1)
                .build())
        .thenRejected(RejectionReason.INVALID);
    f.when(
            GrantProxy.builder()
                .from(grant(CAROL, BOB, Duration.ofDays(10)))
                .proposalId(ProposalId.of("p9"))
                .build())
        .thenRejected(RejectionReason.INVALID, "there is no proposal p9");
    f.and(grant(CAROL, BOB, Duration.ofDays(10)));
    f.when(grant(CAROL, DANA, Duration.ofDays(10)))
        .thenRejected(
            RejectionReason.CONFLICT,
            "carol has a proxy in force, held by bob until "
                + Groups.START.plus(Duration.ofDays(10))
                + "; revoke it first");
  }

  @Test
  void should_show_members_the_participation_but_not_the_ballot_of_a_hidden_stance_by_proxy() {
    GroupFixture f =
        open(BallotSecrecy.HIDDEN_UNTIL_CLOSE)
            .and(grant(CAROL, BOB, Duration.ofDays(10)))
            .and(forCarol(BOB, StanceKind.AGREE));

    Proposal seen = f.state.asSeenByMembers().proposal(P1).orElseThrow();

    assertThat(seen.stances()).isEmpty();
    assertThat(seen.participants()).containsExactly(CAROL);
  }

  @Test
  void should_refuse_to_replay_a_forged_stance_by_proxy() {
    GroupFixture f = open(BallotSecrecy.OPEN).and(grant(CAROL, DANA, Duration.ofDays(10)));
    Instant now = f.clock.instant();
    StanceTaken forged =
        ImmutableStanceTaken.builder()
            .sequence(f.state.version() + 1)
            .groupId(Groups.GROUP)
            .actor(BOB)
            .at(now)
            .proposalId(P1)
            .kind(StanceKind.AGREE)
            .onBehalfOf(Optional.of(CAROL))
            .build();

    assertThatThrownBy(() -> f.engine.evolve(f.state, forged))
        .hasMessageContaining("bob holds no proxy of carol in force");
  }
}
