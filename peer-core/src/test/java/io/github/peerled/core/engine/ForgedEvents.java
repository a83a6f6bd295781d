package io.github.peerled.core.engine;

import static io.github.peerled.core.engine.Groups.ALICE;
import static io.github.peerled.core.engine.Groups.BOB;
import static io.github.peerled.core.engine.Groups.DANA;
import static io.github.peerled.core.engine.Groups.DR_EVANS;
import static io.github.peerled.core.engine.Groups.GUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.event.EventHeader;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.session.SessionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A log the engine wrote, to append a forged event to, and the check that a replay refuses it at
 * that event for the reason given.
 */
final class ForgedEvents {
  static final MemberId ZED = MemberId.of("zed");
  static final ProposalId P0 = ProposalId.of("p0");
  static final ProposalId P1 = ProposalId.of("p1");
  static final ProposalId P2 = ProposalId.of("p2");
  static final ProposalId NEVER = ProposalId.of("p9");
  static final SessionId S1 = SessionId.of("s1");
  static final SessionId S2 = SessionId.of("s2");

  /** What every event carries, for an event builder's {@code from}. */
  record Header(long sequence, GroupId groupId, MemberId actor, Instant at)
      implements EventHeader {}

  private ForgedEvents() {}

  /**
   * Version 1 in force; an advisor and a guest; a decided proposal p0; alice's open p1 (with dana
   * in its electorate) and draft p2; dana has left; session s1 is open (facilitated by alice), s2
   * is scheduled.
   */
  static GroupFixture group() {
    GroupFixture f =
        GroupFixture.given(Groups.founded())
            .and(Groups.joinAdvisor(DR_EVANS, Affiliation.CLINICIAN, 1))
            .and(Groups.join(GUEST, Standing.GUEST, 1))
            .and(Groups.adopted("p0", Groups.logistics("Tuesdays")))
            .and(Groups.join(DANA, Standing.NEWCOMER, 1))
            .and(Groups.draft(ALICE, "p1", Groups.logistics("Mondays")))
            .and(Groups.open(ALICE, "p1"))
            .and(Groups.leave(DANA))
            .and(Groups.draft(ALICE, "p2", Groups.logistics("Fridays")))
            .and(Groups.schedule(ALICE, "s1", Groups.START))
            .and(Groups.start(ALICE, "s1", ALICE, BOB))
            .and(Groups.schedule(ALICE, "s2", Groups.START));
    assertThat(f.state.session(S1).orElseThrow().facilitator()).contains(ALICE);
    return f;
  }

  static EventHeader next(GroupFixture f, MemberId actor) {
    return new Header(f.state.version() + 1, Groups.GROUP, actor, f.clock.instant());
  }

  /** Asserts that the log with the forged event appended is refused at it, for the reason. */
  static void refused(GroupFixture f, GroupEvent forged, String reason) {
    List<GroupEvent> log = new ArrayList<>(f.log);
    log.add(forged);
    assertThat(f.engine.replay(Groups.GROUP, f.log)).isEqualTo(f.state);
    assertThatThrownBy(() -> f.engine.replay(Groups.GROUP, log))
        .isInstanceOfSatisfying(
            ReplayException.class, e -> assertThat(e.sequence()).isEqualTo(forged.sequence()))
        .hasMessage("event " + forged.sequence() + ": " + reason);
  }
}
