package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.decision.DeadlineStatus;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GovernanceSettingsChanged;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionTextExpired;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retention of contribution text: a governance setting, an expiry recorded by the deadline
 * check once a session closed a whole period ago, and each refusal.
 */
class RetentionTest {
  private static final Duration KEPT = Duration.ofDays(90);
  private static final SessionId S1 = SessionId.of("s1");
  private static final SessionId S2 = SessionId.of("s2");

  private static GovernanceSettings keptFor(Duration period) {
    return GovernanceSettings.custom().contributionRetention(period).build();
  }

  private static CheckDeadlines check(MemberId who) {
    return CheckDeadlines.builder().actor(who).build();
  }

  /** Holds a session: scheduled, started, one contribution, closed; returns when it closed. */
  private static Instant held(GroupFixture f, String session) {
    f.and(Groups.schedule(ALICE, session, f.clock.instant().plus(Duration.ofHours(1))))
        .and(Groups.start(ALICE, session, ALICE, BOB))
        .and(Groups.say(BOB, session, ContributionKind.SHARING, "What I went through"))
        .after(Duration.ofHours(1));
    MemberId facilitator =
        f.state.session(SessionId.of(session)).flatMap(Session::facilitator).orElseThrow();
    f.and(Groups.closeSession(facilitator, session));
    return f.clock.instant();
  }

  @Test
  void should_expire_the_text_of_a_session_once_it_closed_a_whole_period_before_the_check() {
    // given a group that keeps contribution text 90 days, and a session closed
    GroupFixture f = GroupFixture.given(Groups.founded(keptFor(KEPT)));
    Instant closed = held(f, "s1");
    assertThat(f.state.nextDeadline()).contains(closed.plus(KEPT));

    // when the deadlines are checked when the period has passed
    f.after(KEPT);
    ContributionTextExpired expired =
        f.when(check(BOB))
            .thenEvents(ContributionTextExpired.class)
            .event(0, ContributionTextExpired.class);

    // then the session is named, with the cut-off and the period, and marked in the state
    assertThat(expired.sessions()).containsExactly(S1);
    assertThat(expired.cutOff()).isEqualTo(closed);
    assertThat(expired.retention()).isEqualTo(KEPT);
    assertThat(f.state.session(S1).orElseThrow().textExpiredAt()).contains(f.clock.instant());
    assertThat(f.state.session(S1).orElseThrow().contributions()).isEqualTo(1);
    assertThat(f.state.nextDeadline()).isEmpty();
  }

  @Test
  void should_refuse_a_check_with_nothing_due_before_the_period_has_passed_and_after_the_expiry() {
    // given a session closed, and the period not quite passed
    GroupFixture f = GroupFixture.given(Groups.founded(keptFor(KEPT)));
    Instant closed = held(f, "s1");
    f.after(KEPT.minusSeconds(1));

    // when checked, then nothing is due and the next deadline is the expiry
    Rejection early = f.when(check(BOB)).thenRejected(RejectionReason.WRONG_STATE);
    assertThat(early.message())
        .isEqualTo(
            "nothing has fallen due by "
                + f.clock.instant()
                + "; the next deadline falls at "
                + closed.plus(KEPT));
    assertThat(early.currentState()).contains(DeadlineStatus.NOTHING_DUE);

    // and once expired, the same check again records nothing
    f.after(Duration.ofSeconds(1)).and(check(BOB));
    f.when(check(BOB))
        .thenRejected(
            RejectionReason.WRONG_STATE,
            "nothing has fallen due by " + f.clock.instant() + "; none is set");
  }

  @Test
  void should_keep_the_text_of_open_and_recent_sessions_and_expire_the_old_ones_together() {
    // given s1 closed long ago, s2 closed recently, s3 still open
    GroupFixture f = GroupFixture.given(Groups.founded(keptFor(KEPT)));
    held(f, "s1");
    f.after(Duration.ofDays(30));
    held(f, "s2");
    f.after(Duration.ofDays(10));
    Instant s2closed = f.clock.instant().minus(Duration.ofDays(10));
    f.and(Groups.schedule(ALICE, "s3", f.clock.instant().plus(Duration.ofHours(1))))
        .and(Groups.start(ALICE, "s3", ALICE, BOB))
        .and(Groups.say(BOB, "s3", ContributionKind.SHARING, "Still open"));
    f.after(Duration.ofDays(200));

    // when checked long after all of them
    ContributionTextExpired expired =
        f.when(check(ALICE))
            .thenEvents(ContributionTextExpired.class)
            .event(0, ContributionTextExpired.class);

    // then both closed sessions expire in one event, the open one keeps its text
    assertThat(expired.sessions()).containsExactly(S1, S2);
    assertThat(s2closed).isBefore(expired.cutOff());
    assertThat(f.state.session(SessionId.of("s3")).orElseThrow().textExpiredAt()).isEmpty();
    assertThat(f.state.nextDeadline()).as("an open session has no expiry yet").isEmpty();
  }

  @Test
  void should_keep_text_by_default_and_never_expire_it() {
    GroupFixture f = GroupFixture.given(Groups.founded());
    held(f, "s1");
    f.after(Duration.ofDays(3650));

    assertThat(f.state.governance().contributionRetention()).isEmpty();
    assertThat(f.state.nextDeadline()).isEmpty();
    f.when(check(ALICE)).thenRejected(RejectionReason.WRONG_STATE);
  }

  @Test
  void should_set_retention_only_by_a_governance_decision_and_expire_under_it_at_the_next_check() {
    // given a group that keeps text, a session closed long ago
    GroupFixture f = GroupFixture.given(Groups.founded());
    held(f, "s1");
    f.after(Duration.ofDays(100));
    GovernanceSettings shorter =
        f.state.governance().patch().contributionRetention(Duration.ofDays(30)).build();

    // when the group adopts a retention of 30 days by its governance procedure
    f.and(Groups.draft(ALICE, "keep-less", Groups.governance(f.state.governance(), shorter)))
        .and(Groups.open(ALICE, "keep-less"))
        .and(Groups.agree(ALICE, "keep-less"))
        .and(Groups.agree(BOB, "keep-less"))
        .and(Groups.agree(CAROL, "keep-less"));
    assertThat(f.state.governance().contributionRetention())
        .as("drafting and agreeing change nothing")
        .isEmpty();
    f.after(Duration.ofDays(8))
        .when(Groups.close(ALICE, "keep-less"))
        .thenEvents(ProposalDecided.class, GovernanceSettingsChanged.class);

    // then the old session's text expires at the next check
    assertThat(f.state.governance().contributionRetention()).contains(Duration.ofDays(30));
    f.when(check(ALICE)).thenEvents(ContributionTextExpired.class);
  }

  @Test
  void should_refuse_a_retention_change_drafted_by_an_advisor_a_guest_or_an_outsider() {
    // given a group with an advisor and a guest
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1));
    GovernanceSettings shorter =
        f.state.governance().patch().contributionRetention(Duration.ofDays(1)).build();

    // when each drafts a retention change, then it is not permitted and changes nothing
    for (MemberId who : List.of(DR_EVANS, GUEST, MemberId.of("zed"))) {
      f.when(Groups.draft(who, "keep-less", Groups.governance(f.state.governance(), shorter)))
          .thenRejected(RejectionReason.NOT_PERMITTED);
    }
    assertThat(f.state.activeProposals()).isEmpty();
  }

  @Test
  void should_refuse_a_deadline_check_that_would_expire_text_from_an_advisor_or_a_guest() {
    GroupFixture f =
        GroupFixture.given(Groups.founded(keptFor(KEPT)))
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1));
    held(f, "s1");
    f.after(KEPT);

    for (MemberId who : List.of(DR_EVANS, GUEST)) {
      f.when(check(who)).thenRejected(RejectionReason.NOT_PERMITTED);
    }
    assertThat(f.state.session(S1).orElseThrow().textExpiredAt()).isEmpty();
  }

  @Test
  void should_refuse_a_retention_shorter_than_an_hour() {
    assertThatThrownBy(() -> keptFor(Duration.ofMinutes(59)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contributionRetention must be at least PT1H, was PT59M");
    assertThatThrownBy(() -> keptFor(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("contributionRetention must be at least PT1H");
  }

  @Test
  void should_refuse_a_log_that_expires_text_early_twice_or_under_another_period() {
    GroupFixture f = GroupFixture.given(Groups.founded(keptFor(KEPT)));
    Instant closed = held(f, "s1");

    // a forged expiry a day early, under the wrong period, of an unknown session
    assertThatThrownBy(
            () -> replayWith(f, expiry(f, closed, KEPT, closed.plus(KEPT).minusSeconds(1))))
        .hasMessageContaining("lies less than PT2160H before");
    assertThatThrownBy(
            () -> replayWith(f, expiry(f, closed, Duration.ofDays(1), closed.plus(KEPT))))
        .hasMessageContaining("under a retention of PT24H, but the group's setting is PT2160H");
    assertThatThrownBy(
            () ->
                replayWith(
                    f,
                    ImmutableContributionTextExpired.copyOf(
                            expiry(f, closed, KEPT, closed.plus(KEPT)))
                        .withSessions(SessionId.of("s9"))))
        .hasMessageContaining("session s9 is not a closed session of the group");

    // and a genuine one, given twice
    f.after(KEPT).and(check(ALICE));
    ContributionTextExpired again =
        ImmutableContributionTextExpired.copyOf(
                (ContributionTextExpired) f.log.get(f.log.size() - 1))
            .withSequence(f.state.version() + 1);
    List<GroupEvent> log = new ArrayList<>(f.log);
    log.add(again);
    assertThatThrownBy(() -> f.engine.replay(Groups.GROUP, log))
        .hasMessageContaining("the text of session s1 expired already");
  }

  private static ContributionTextExpired expiry(
      GroupFixture f, Instant cutOff, Duration period, Instant at) {
    return ImmutableContributionTextExpired.builder()
        .sequence(f.state.version() + 1)
        .groupId(Groups.GROUP)
        .actor(ALICE)
        .at(at)
        .sessions(List.of(S1))
        .cutOff(cutOff)
        .retention(period)
        .build();
  }

  private static GroupState replayWith(GroupFixture f, GroupEvent forged) {
    List<GroupEvent> log = new ArrayList<>(f.log);
    log.add(forged);
    return f.engine.replay(Groups.GROUP, log);
  }
}
