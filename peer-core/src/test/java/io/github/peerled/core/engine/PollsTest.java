package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableOpenPoll;
import io.github.peerled.core.command.OpenPoll;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.Poll;
import io.github.peerled.core.decision.PollId;
import io.github.peerled.core.decision.PollKind;
import io.github.peerled.core.decision.PollStatus;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutablePollAnswered;
import io.github.peerled.core.event.PollAnswered;
import io.github.peerled.core.event.PollClosed;
import io.github.peerled.core.event.PollOpened;
import io.github.peerled.core.event.ProposalDrafted;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Non-binding polls: opening, answering, closing, expiry, who may answer, and seeding. */
class PollsTest {
  private static final PollId EVENING = PollId.of("evening");
  private static final Instant CLOSES = Groups.START.plus(Duration.ofDays(7));

  /** A founded group (alice, bob, carol, an advisor and a guest) with a simple choice open. */
  private static GroupFixture opened(GovernanceSettings governance) {
    return GroupFixture.given(Groups.founded(governance))
        .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
        .and(Groups.join(GUEST, Standing.GUEST, 1))
        .and(
            Groups.openPoll(
                ALICE, "evening", PollKind.SIMPLE_CHOICE, CLOSES, "Tuesday", "Thursday"));
  }

  private static GroupFixture opened() {
    return opened(GovernanceSettings.ofDefaults());
  }

  private static Poll poll(GroupFixture.Then then) {
    return then.state().poll(EVENING).orElseThrow();
  }

  @Test
  void should_open_a_poll_with_its_options_and_the_groups_setting_for_advisors() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    GroupFixture.Then then =
        f.when(Groups.openPoll(ALICE, "slots", PollKind.TIME, CLOSES, "Mon 7pm", "Wed 7pm"))
            .thenEvents(PollOpened.class);

    PollOpened o = then.event(0, PollOpened.class);
    assertThat(o.options()).containsExactly("Mon 7pm", "Wed 7pm");
    assertThat(o.advisorsMayAnswer()).isFalse();
    Poll p = then.state().poll(PollId.of("slots")).orElseThrow();
    assertThat(p.openedBy()).isEqualTo(ALICE);
    assertThat(p.statusAt(then.decidedAt())).isEqualTo(PollStatus.OPEN);
    assertThat(p.answers()).isEmpty();
  }

  @Test
  void should_refuse_a_poll_without_a_question_two_distinct_options_or_a_future_close() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.openPoll(ALICE, "p", PollKind.SIMPLE_CHOICE, CLOSES, "only one"))
        .thenRejected(
            RejectionReason.INVALID, "$.options: a poll needs at least two options, was 1");
    f.when(Groups.openPoll(ALICE, "p", PollKind.SIMPLE_CHOICE, CLOSES, "a", " a"))
        .thenRejected(RejectionReason.INVALID, "$.options[1]: \" a\" is listed twice");
    f.when(Groups.openPoll(ALICE, "p", PollKind.SIMPLE_CHOICE, CLOSES, "a", " "))
        .thenRejected(Rejections.blank("$.options[1]"));
    f.when(Groups.openPoll(ALICE, "p", PollKind.SIMPLE_CHOICE, Groups.START, "a", "b"))
        .thenRejected(
            RejectionReason.INVALID,
            "$.closesAt: a poll must close after it opens ("
                + Groups.START
                + "), was "
                + Groups.START);
    f.when(
            ImmutableOpenPoll.copyOf(
                    (OpenPoll)
                        Groups.openPoll(ALICE, "p", PollKind.SIMPLE_CHOICE, CLOSES, "a", "b"))
                .withQuestion(" "))
        .thenRejected(Rejections.blank("$.question"));
    f.when(Groups.openPoll(DR_EVANS, "p", PollKind.SIMPLE_CHOICE, CLOSES, "a", "b"))
        .thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_refuse_a_poll_id_in_use() {
    opened()
        .when(Groups.openPoll(BOB, "evening", PollKind.SENSE_CHECK, CLOSES, "yes", "no"))
        .thenRejected(Rejections.idInUse("poll", EVENING));
  }

  @Test
  void should_replace_an_earlier_answer_keeping_its_place() {
    GroupFixture f =
        opened().and(Groups.answer(BOB, "evening", 0)).and(Groups.answer(CAROL, "evening", 1));

    GroupFixture.Then then =
        f.when(Groups.answer(BOB, "evening", 1)).thenEvents(PollAnswered.class);

    Poll p = poll(then);
    assertThat(p.answers()).hasSize(2);
    assertThat(p.answers().get(0).member()).isEqualTo(BOB);
    assertThat(p.answers().get(0).choices()).containsExactly(1);
  }

  @Test
  void should_refuse_answers_that_do_not_fit_the_poll() {
    GroupFixture f = opened();

    f.when(Groups.answer(BOB, "evening", 2))
        .thenRejected(
            RejectionReason.INVALID,
            "$.choices[0]: no option 2; the options are 0 to 1 (a simple choice)");
    f.when(Groups.answer(BOB, "evening", 0, 1))
        .thenRejected(
            RejectionReason.INVALID,
            "$.choices: a simple choice takes exactly one choice, was 2 (a simple choice)");
    f.when(Groups.score(BOB, "evening", 3, 4))
        .thenRejected(
            RejectionReason.INVALID, "$.scores: only a score poll takes scores (a simple choice)");
    f.when(Groups.answer(BOB, "nope", 0)).thenRejected(Rejections.unknownPoll(PollId.of("nope")));
  }

  @Test
  void should_let_advisors_answer_only_where_the_group_allows_it_and_guests_never() {
    GroupFixture closed = opened();
    closed
        .when(Groups.answer(DR_EVANS, "evening", 0))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "dr-evans may not answer poll evening: the group did not let advisors answer its"
                + " polls when it opened (governance setting advisorsMayAnswerPolls)");
    closed
        .when(Groups.answer(GUEST, "evening", 0))
        .thenRejected(
            RejectionReason.NOT_PERMITTED,
            "visitor may not answer poll evening: guests do not answer the group's polls");

    GroupFixture open = opened(GovernanceSettings.custom().advisorsMayAnswerPolls(true).build());
    open.when(Groups.answer(DR_EVANS, "evening", 0)).thenEvents(PollAnswered.class);
    open.when(Groups.answer(GUEST, "evening", 0)).thenRejected(RejectionReason.NOT_PERMITTED);
  }

  @Test
  void should_let_only_the_opener_close_early_and_anyone_once_it_is_due() {
    GroupFixture f = opened().and(Groups.answer(BOB, "evening", 1));

    f.when(Groups.closePoll(BOB, "evening")).thenRejected(RejectionReason.NOT_PERMITTED);
    GroupFixture.Then then =
        f.when(Groups.closePoll(ALICE, "evening")).thenEvents(PollClosed.class);

    assertThat(poll(then).result().orElseThrow().winners()).containsExactly(1);
    assertThat(poll(then).statusAt(then.decidedAt())).isEqualTo(PollStatus.CLOSED);
    f.when(Groups.closePoll(ALICE, "evening"))
        .thenRejected(
            Rejections.pollInWrongState(
                EVENING, PollStatus.CLOSED, PollStatus.OPEN, PollStatus.DUE));
    f.when(Groups.answer(CAROL, "evening", 0))
        .thenRejected(Rejections.pollInWrongState(EVENING, PollStatus.CLOSED, PollStatus.OPEN));

    GroupFixture due = opened().after(Duration.ofDays(7));
    due.when(Groups.answer(CAROL, "evening", 0))
        .thenRejected(Rejections.pollInWrongState(EVENING, PollStatus.DUE, PollStatus.OPEN));
    due.when(Groups.closePoll(BOB, "evening")).thenEvents(PollClosed.class);
  }

  @Test
  void should_close_a_due_poll_at_a_deadline_check_and_name_its_closing_as_the_next_deadline() {
    GroupFixture f = opened().and(Groups.answer(BOB, "evening", 0));
    assertThat(f.state.nextDeadline()).contains(CLOSES);

    GroupFixture.Then then =
        f.after(Duration.ofDays(7))
            .when(CheckDeadlines.builder().actor(CAROL).build())
            .thenEvents(PollClosed.class);

    assertThat(poll(then).result().orElseThrow().answered()).isEqualTo(1);
    assertThat(then.state().nextDeadline()).isEmpty();
  }

  @Test
  void should_never_change_governance_state() {
    GroupFixture f = opened();
    GroupState before = f.state;

    f.and(Groups.answer(BOB, "evening", 0))
        .and(Groups.answer(CAROL, "evening", 1))
        .and(Groups.closePoll(ALICE, "evening"));

    GroupState withoutPolls =
        ImmutableGroupState.copyOf(f.state).withPolls(before.polls()).withHead(before.head());
    assertThat(withoutPolls).isEqualTo(before);
  }

  @Test
  void should_let_a_closed_poll_seed_a_proposal_and_refuse_an_open_or_unknown_one() {
    GroupFixture f = opened().and(Groups.answer(BOB, "evening", 1));
    ImmutableDraftProposal seeded =
        ImmutableDraftProposal.copyOf(
                (DraftProposal) Groups.draft(ALICE, "thursdays", Groups.logistics("Thursdays")))
            .withSeededBy(EVENING);

    f.when(seeded)
        .thenRejected(Rejections.pollInWrongState(EVENING, PollStatus.OPEN, PollStatus.CLOSED));
    f.when(seeded.withSeededBy(PollId.of("nope")))
        .thenRejected(Rejections.unknownPoll(PollId.of("nope")));

    GroupFixture.Then then =
        f.and(Groups.closePoll(ALICE, "evening")).when(seeded).thenEvents(ProposalDrafted.class);
    assertThat(then.event(0, ProposalDrafted.class).seededBy()).contains(EVENING);
    assertThat(then.state().proposal(ProposalId.of("thursdays")).orElseThrow().seededBy())
        .contains(EVENING);
  }

  @Test
  void should_refuse_a_forged_answer_from_a_guest_on_replay() {
    GroupFixture f = opened();
    List<GroupEvent> log = new ArrayList<>(f.log);
    log.add(
        ImmutablePollAnswered.builder()
            .sequence(f.state.version() + 1)
            .groupId(Groups.GROUP)
            .actor(GUEST)
            .at(f.clock.instant())
            .pollId(EVENING)
            .addChoices(0)
            .build());

    assertThatThrownBy(() -> f.engine.replay(Groups.GROUP, log))
        .hasMessageContaining("visitor may not answer poll evening");
  }
}
