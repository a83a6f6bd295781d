package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.ForgedEvents.S1;
import static io.github.peerled.core.engine.ForgedEvents.S2;
import static io.github.peerled.core.engine.ForgedEvents.ZED;
import static io.github.peerled.core.engine.ForgedEvents.group;
import static io.github.peerled.core.engine.ForgedEvents.next;
import static io.github.peerled.core.engine.ForgedEvents.refused;
import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.CAROL;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;

import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableFacilitationVolunteered;
import io.github.peerled.core.event.ImmutableFacilitatorHandedOver;
import io.github.peerled.core.event.ImmutableSessionClosed;
import io.github.peerled.core.event.ImmutableSessionScheduled;
import io.github.peerled.core.event.ImmutableSessionStarted;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replay refuses a log that holds a session event the engine could never have decided: a session
 * scheduled, facilitated, attended, contributed to or closed by someone who never joined, has left
 * or is no peer, or a reference to a session or guideline version the log never created. The log is
 * that of {@link ForgedEvents#group()}; the refusal names the forged event's sequence number and
 * the reason.
 */
class SessionReplayIntegrityTest {

  @Test
  void should_refuse_a_session_scheduled_by_a_guest() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableSessionScheduled.builder()
            .from(next(f, GUEST))
            .sessionId(SessionId.of("s3"))
            .scheduledFor(Groups.START)
            .format(MeetingFormat.ONLINE)
            .build(),
        "visitor cannot schedule a session: they are a guest, not a peer");
  }

  @Test
  void should_refuse_to_volunteer_for_a_started_session_or_as_a_leaver() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableFacilitationVolunteered.builder().from(next(f, BOB)).sessionId(S1).build(),
        "session s1 has started already");
    refused(
        f,
        ImmutableFacilitationVolunteered.builder().from(next(f, DANA)).sessionId(S2).build(),
        "dana cannot facilitate: they left the group at " + Groups.START);
  }

  @Test
  void should_refuse_a_start_with_a_stranger_facilitating_or_attending() {
    GroupFixture f = group();
    ImmutableSessionStarted.Builder started =
        ImmutableSessionStarted.builder()
            .sessionId(S2)
            .guidelineVersion(1)
            .facilitator(BOB)
            .reason("round robin");

    refused(
        f,
        started.from(next(f, ALICE)).facilitator(ZED).build(),
        "zed cannot facilitate: they never joined the group");
    refused(
        f,
        started.from(next(f, ALICE)).facilitator(BOB).attendees(List.of(BOB, ZED)).build(),
        "zed cannot be present: they never joined the group");
    refused(
        f,
        started.from(next(f, ALICE)).attendees(List.of()).guidelineVersion(3).build(),
        "it refers to guideline version 3, which the log never adopted");
    refused(
        f, started.from(next(f, ALICE)).sessionId(S1).build(), "session s1 has started already");
  }

  @Test
  void should_refuse_a_hand_over_to_an_advisor_or_in_a_session_never_scheduled() {
    GroupFixture f = group();
    ImmutableFacilitatorHandedOver.Builder handOver =
        ImmutableFacilitatorHandedOver.builder().sessionId(S1).previous(ALICE).to(DR_EVANS);

    refused(
        f,
        handOver.from(next(f, ALICE)).build(),
        "dr-evans cannot facilitate: they are an advisor, not a peer");
    refused(
        f,
        handOver.from(next(f, ALICE)).to(BOB).coFacilitator(ZED).build(),
        "it names zed, who never joined the group");
    refused(
        f,
        handOver.from(next(f, ALICE)).sessionId(SessionId.of("s9")).coFacilitator(CAROL).build(),
        "no scheduled or open session s9");
  }

  @Test
  void should_refuse_attendance_of_a_stranger_or_at_a_session_not_started() {
    GroupFixture f = group();
    ImmutableAttendanceRecorded.Builder attended =
        ImmutableAttendanceRecorded.builder().sessionId(S1).member(ZED);

    refused(
        f,
        attended.from(next(f, ALICE)).build(),
        "zed cannot be present: they never joined the group");
    refused(
        f,
        attended.from(next(f, CAROL)).sessionId(S2).member(CAROL).build(),
        "session s2 has not started");
  }

  @Test
  void should_refuse_a_contribution_by_a_stranger_or_in_another_name() {
    GroupFixture f = group();
    ImmutableContribution.Builder said =
        ImmutableContribution.builder()
            .sessionId(S1)
            .number(1)
            .at(f.clock.instant())
            .kind(ContributionKind.SHARING)
            .text("I share.");

    refused(
        f,
        ImmutableContributionRecorded.builder()
            .from(next(f, ZED))
            .contribution(said.author(ZED).build())
            .build(),
        "zed cannot contribute: they never joined the group");
    refused(
        f,
        ImmutableContributionRecorded.builder()
            .from(next(f, BOB))
            .contribution(said.author(ALICE).build())
            .build(),
        "a contribution by bob names alice");
  }

  @Test
  void should_refuse_to_close_a_session_not_started_or_as_a_guest() {
    GroupFixture f = group();

    refused(
        f,
        ImmutableSessionClosed.builder().from(next(f, ALICE)).sessionId(S2).build(),
        "session s2 has not started");
    refused(
        f,
        ImmutableSessionClosed.builder().from(next(f, GUEST)).sessionId(S1).build(),
        "visitor cannot close a session: they are a guest, not a peer");
  }
}
