package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.event.AttendanceRecorded;
import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.SessionClosed;
import io.github.peerled.core.event.SessionScheduled;
import io.github.peerled.core.event.SessionStarted;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ContributionAct;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.session.SessionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final SessionId S1 = SessionId.of("s1");
  private static final Instant EVENING = Groups.START.plus(Duration.ofDays(7));

  private static GroupFixture scheduled() {
    return GroupFixture.given(Groups.founded()).and(Groups.schedule(BOB, "s1", EVENING));
  }

  /** A session facilitated by alice, with alice and bob present. */
  private static GroupFixture open() {
    return scheduled().and(Groups.start(BOB, "s1", ALICE, BOB));
  }

  private static Session s1(GroupFixture f) {
    return f.state.session(S1).orElseThrow();
  }

  @Test
  void should_schedule_a_session_once_guidelines_are_in_force() {
    GroupFixture f = GroupFixture.given(Groups.founded());

    f.when(Groups.schedule(BOB, "s1", EVENING)).thenEvents(SessionScheduled.class);

    Session s = s1(f);
    assertThat(s.status()).isEqualTo(SessionStatus.SCHEDULED);
    assertThat(s.scheduledFor()).isEqualTo(EVENING);
    assertThat(s.format()).isEqualTo(MeetingFormat.HYBRID);
    assertThat(s.place()).contains("Town hall, room 2");
  }

  @Test
  void should_refuse_a_regular_session_before_guidelines_are_in_force() {
    GroupFixture f = GroupFixture.given(List.of(Groups.found()));

    f.when(Groups.schedule(BOB, "s1", EVENING))
        .thenRejected(Rejections.noGuidelinesYet("a regular session"));
  }

  @Test
  void should_refuse_a_session_id_in_use() {
    GroupFixture f = scheduled();

    f.when(Groups.schedule(ALICE, "s1", EVENING))
        .thenRejected(Rejections.idInUse("session", SessionId.of("s1")));
  }

  @Test
  void should_start_a_session_with_a_facilitator_from_the_rotation() {
    GroupFixture f = scheduled().after(Duration.ofDays(7));

    SessionStarted started =
        f.when(Groups.start(BOB, "s1", BOB, CAROL))
            .thenEvents(
                SessionStarted.class, io.github.peerled.core.event.FacilitatorHandedOver.class)
            .event(0, SessionStarted.class);

    assertThat(started.facilitator()).isEqualTo(BOB);
    assertThat(started.guidelineVersion()).isEqualTo(1);
    Session s = s1(f);
    assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
    assertThat(s.startedAt()).contains(EVENING);
    assertThat(s.facilitator()).contains(BOB);
    assertThat(s.attendees()).containsExactly(BOB, CAROL);
    assertThat(s.guidelineVersion()).isEqualTo(1);
  }

  @Test
  void should_refuse_to_start_an_unknown_or_already_open_session() {
    GroupFixture f = open();

    f.when(Groups.start(BOB, "s9")).thenRejected(Rejections.unknownSession(SessionId.of("s9")));
    Rejection r =
        f.when(Groups.start(BOB, "s1"))
            .thenRejected(
                Rejections.sessionInWrongState(
                    SessionId.of("s1"), SessionStatus.OPEN, SessionStatus.SCHEDULED));
    assertThat(r.currentState()).contains(SessionStatus.OPEN);
    assertThat(r.expectedStates()).containsExactly(SessionStatus.SCHEDULED);
  }

  @Test
  void should_refuse_odd_attendance_lists() {
    GroupFixture f =
        scheduled().and(Groups.join(DANA, Standing.NEWCOMER, 1)).and(Groups.leave(DANA));

    f.when(Groups.start(BOB, "s1", BOB, MemberId.of("zed")))
        .thenRejected(Rejections.unknownMember(MemberId.of("zed")));
    f.when(Groups.start(BOB, "s1", BOB, DANA))
        .thenRejected(Rejections.inactiveMember(MemberId.of("dana")));
    f.when(Groups.start(BOB, "s1", BOB, BOB))
        .thenRejected(RejectionReason.INVALID, "bob is listed twice");
  }

  @Test
  void should_record_contributions_with_author_time_kind_text_and_reply() {
    GroupFixture f = open();
    f.when(Groups.say(BOB, "s1", ContributionKind.REQUEST_FOR_SUPPORT, "My readings are all over."))
        .thenEvents(ContributionRecorded.class);
    f.after(Duration.ofMinutes(3));

    Contribution reply =
        f.when(
                Groups.reply(
                    ALICE, "s1", ContributionKind.SHARING, "That happened to me in winter.", 1))
            .thenEvents(ContributionRecorded.class)
            .event(0, ContributionRecorded.class)
            .contribution();

    assertThat(reply.number()).isEqualTo(2);
    assertThat(reply.sessionId()).isEqualTo(S1);
    assertThat(reply.author()).isEqualTo(ALICE);
    assertThat(reply.at()).isEqualTo(Groups.START.plus(Duration.ofMinutes(3)));
    assertThat(reply.kind()).isEqualTo(ContributionKind.SHARING);
    assertThat(reply.text()).isEqualTo("That happened to me in winter.");
    assertThat(reply.replyTo()).hasValue(1);
    assertThat(s1(f).contributions()).isEqualTo(2);
  }

  @Test
  void should_carry_the_act_a_contribution_is_recorded_with_and_none_when_not_given() {
    GroupFixture f = open();
    RecordContribution advice =
        ImmutableRecordContribution.builder()
            .actor(BOB)
            .sessionId(S1)
            .kind(ContributionKind.RESPONSE)
            .text("What helped me was walking after dinner.")
            .act(ContributionAct.ADVICE)
            .build();

    Contribution recorded =
        f.when(advice)
            .thenEvents(ContributionRecorded.class)
            .event(0, ContributionRecorded.class)
            .contribution();
    Contribution plain =
        f.when(Groups.say(ALICE, "s1", ContributionKind.SHARING, "Hello."))
            .thenEvents(ContributionRecorded.class)
            .event(0, ContributionRecorded.class)
            .contribution();

    assertThat(recorded.act())
        .as("the act given, whatever the text")
        .hasValue(ContributionAct.ADVICE);
    assertThat(plain.act()).as("no act given").isEmpty();
  }

  @Test
  void should_record_the_attendance_of_someone_who_speaks_without_being_listed() {
    GroupFixture f = open();

    f.when(Groups.say(CAROL, "s1", ContributionKind.QUESTION, "Sorry I'm late, what did I miss?"))
        .thenEvents(AttendanceRecorded.class, ContributionRecorded.class);

    assertThat(s1(f).attendees()).containsExactly(ALICE, BOB, CAROL);
  }

  @Test
  void should_refuse_a_reply_to_a_contribution_that_does_not_exist_yet() {
    GroupFixture f = open().and(Groups.say(BOB, "s1", ContributionKind.SHARING, "Hello."));

    f.when(Groups.reply(ALICE, "s1", ContributionKind.RESPONSE, "Hi.", 2))
        .thenRejected(
            RejectionReason.INVALID,
            "a contribution can only reply to an earlier one; there is no contribution 2 before"
                + " it");
    f.when(Groups.reply(ALICE, "s1", ContributionKind.RESPONSE, "Hi.", 0))
        .thenRejected(
            RejectionReason.INVALID,
            "a contribution can only reply to an earlier one; there is no contribution 0 before"
                + " it");
    f.when(Groups.say(ALICE, "s1", ContributionKind.RESPONSE, "  "))
        .thenRejected(Rejections.blank("text"));
  }

  @Test
  void should_take_contributions_only_while_the_session_is_open() {
    GroupFixture f = scheduled();

    f.when(Groups.say(ALICE, "s1", ContributionKind.SHARING, "Early."))
        .thenRejected(
            Rejections.sessionInWrongState(
                SessionId.of("s1"), SessionStatus.SCHEDULED, SessionStatus.OPEN));
    f.when(Groups.say(ALICE, "s9", ContributionKind.SHARING, "Where?"))
        .thenRejected(Rejections.unknownSession(SessionId.of("s9")));
    f.and(Groups.start(BOB, "s1", ALICE, BOB)).and(Groups.closeSession(ALICE, "s1"));
    f.when(Groups.say(ALICE, "s1", ContributionKind.SHARING, "Late."))
        .thenRejected(
            Rejections.sessionInWrongState(
                SessionId.of("s1"), SessionStatus.CLOSED, SessionStatus.OPEN));
  }

  @Test
  void should_let_members_record_their_own_attendance_and_the_facilitator_anyones() {
    GroupFixture f = open().and(Groups.join(DANA, Standing.NEWCOMER, 1));

    f.when(Groups.attend(BOB, "s1", CAROL))
        .thenRejected(
            Rejections.notFacilitator(
                MemberId.of("bob"), SessionId.of("s1"), "record someone else's attendance"));
    f.when(Groups.attend(CAROL, "s1", CAROL)).thenEvents(AttendanceRecorded.class);
    f.when(Groups.attend(ALICE, "s1", DANA)).thenEvents(AttendanceRecorded.class);
    f.when(Groups.attend(ALICE, "s1", DANA))
        .thenRejected(RejectionReason.INVALID, "dana is already recorded as present");
  }

  @Test
  void should_let_only_the_facilitator_close_a_session() {
    GroupFixture f = open().after(Duration.ofMinutes(90));

    f.when(Groups.closeSession(BOB, "s1"))
        .thenRejected(
            Rejections.notFacilitator(MemberId.of("bob"), SessionId.of("s1"), "close it"));
    f.when(Groups.closeSession(ALICE, "s1")).thenEvents(SessionClosed.class);

    assertThat(f.state.activeSessions()).isEmpty();
    assertThat(f.state.pastSessions()).containsKey(S1);
    assertThat(s1(f).status()).isEqualTo(SessionStatus.CLOSED);
    assertThat(s1(f).closedAt()).contains(Groups.START.plus(Duration.ofMinutes(90)));
    f.when(Groups.closeSession(ALICE, "s1"))
        .thenRejected(
            Rejections.sessionInWrongState(
                SessionId.of("s1"), SessionStatus.CLOSED, SessionStatus.OPEN));
  }

  @Test
  void should_let_a_present_peer_close_a_session_whose_facilitator_left() {
    GroupFixture f = scheduled().and(Groups.start(BOB, "s1", ALICE, BOB, CAROL));
    MemberId facilitator = s1(f).facilitator().orElseThrow();
    MemberId other = facilitator.equals(ALICE) ? CAROL : ALICE;
    f.and(Groups.leave(facilitator));

    f.when(Groups.closeSession(other, "s1")).thenEvents(SessionClosed.class);

    assertThat(f.state.session(S1).orElseThrow().status()).isEqualTo(SessionStatus.CLOSED);
  }

  @Test
  void should_not_let_an_absent_peer_close_a_session_whose_facilitator_left() {
    GroupFixture f = scheduled().and(Groups.start(BOB, "s1", ALICE, BOB));
    MemberId facilitator = s1(f).facilitator().orElseThrow();
    f.and(Groups.leave(facilitator));

    f.when(Groups.closeSession(CAROL, "s1")).thenRejected(RejectionReason.NOT_PERMITTED);
  }
}
