package io.github.peerled.core.engine;

import io.github.peerled.core.command.CloseSession;
import io.github.peerled.core.command.HandOverFacilitation;
import io.github.peerled.core.command.RecordAttendance;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.VolunteerToFacilitate;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.event.ImmutableAttendanceRecorded;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.event.ImmutableFacilitationVolunteered;
import io.github.peerled.core.event.ImmutableFacilitatorHandedOver;
import io.github.peerled.core.event.ImmutableSessionClosed;
import io.github.peerled.core.event.ImmutableSessionScheduled;
import io.github.peerled.core.event.ImmutableSessionStarted;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.leadership.FacilitatorChoice;
import io.github.peerled.core.leadership.Rotation;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.session.SessionStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides sessions and their facilitation: scheduling, volunteering, starting with a facilitator
 * chosen by rotation, handing over, attendance, contributions and closing. Pure: the instant is
 * passed in.
 */
final class SessionDecisions {
  private SessionDecisions() {}

  static CommandResult schedule(Stamp stamp, ScheduleSession ss) {
    GroupState s = stamp.state;
    if (s.guidelinesInForce().isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a regular session"));
    }
    if (s.session(ss.sessionId()).isPresent()) {
      return CommandResult.rejected(Rejections.idInUse("session", ss.sessionId()));
    }
    stamp.events.add(
        ImmutableSessionScheduled.builder()
            .from(stamp.next())
            .sessionId(ss.sessionId())
            .scheduledFor(ss.scheduledFor())
            .format(ss.format())
            .place(ss.place())
            .build());
    return stamp.done();
  }

  private static @Nullable Rejection sessionIn(GroupState s, SessionId id, SessionStatus expected) {
    Optional<Session> found = s.session(id);
    if (found.isEmpty()) {
      return Rejections.unknownSession(id);
    }
    if (found.get().status() != expected) {
      return Rejections.sessionInWrongState(id, found.get().status(), expected);
    }
    return null;
  }

  static CommandResult volunteer(Stamp stamp, VolunteerToFacilitate v) {
    GroupState s = stamp.state;
    Rejection bad = sessionIn(s, v.sessionId(), SessionStatus.SCHEDULED);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    if (active(s, v.sessionId()).volunteers().contains(stamp.actor)) {
      return CommandResult.rejected(
          Rejections.invalid(stamp.actor + " has already volunteered for " + v.sessionId()));
    }
    stamp.events.add(
        ImmutableFacilitationVolunteered.builder()
            .from(stamp.next())
            .sessionId(v.sessionId())
            .build());
    return stamp.done();
  }

  static CommandResult start(Stamp stamp, StartSession st) {
    GroupState s = stamp.state;
    Rejection bad = sessionIn(s, st.sessionId(), SessionStatus.SCHEDULED);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Optional<GuidelineVersion> inForce = s.guidelinesInForce();
    if (inForce.isEmpty()) {
      return CommandResult.rejected(Rejections.noGuidelinesYet("a regular session"));
    }
    Set<MemberId> present = new HashSet<>();
    for (MemberId m : st.attendees()) {
      Member member = s.members().get(m);
      if (member == null) {
        return CommandResult.rejected(Rejections.unknownMember(m));
      }
      if (!member.isActive()) {
        return CommandResult.rejected(Rejections.inactiveMember(m));
      }
      if (!present.add(m)) {
        return CommandResult.rejected(Rejections.invalid(m + " is listed twice"));
      }
    }
    RotationPolicy policy = s.governance().rotation();
    List<MemberId> eligible = new ArrayList<>();
    List<MemberId> fallback = new ArrayList<>();
    for (Member m : s.members().values()) {
      if (!m.isActivePeer() || (!present.isEmpty() && !present.contains(m.id()))) {
        continue;
      }
      fallback.add(m.id());
      if (policy.newcomersEligible()
          || !m.isNewcomerAt(stamp.now, s.governance().newcomerPeriod())) {
        eligible.add(m.id());
      }
    }
    Session session = active(s, st.sessionId());
    Optional<FacilitatorChoice> choice =
        Rotation.choose(policy, eligible, fallback, session.volunteers(), s.leadership());
    if (choice.isEmpty()) {
      return CommandResult.rejected(
          Rejections.invalid("nobody present can facilitate: facilitators are active peers"));
    }
    FacilitatorChoice fc = choice.get();
    stamp.events.add(
        ImmutableSessionStarted.builder()
            .from(stamp.next())
            .sessionId(st.sessionId())
            .guidelineVersion(inForce.get().number())
            .facilitator(fc.facilitator())
            .coFacilitator(fc.coFacilitator())
            .reason(fc.reason())
            .attendees(st.attendees())
            .build());
    stamp.events.add(
        ImmutableFacilitatorHandedOver.builder()
            .from(stamp.next())
            .sessionId(st.sessionId())
            .previous(s.leadership().lastFacilitator())
            .to(fc.facilitator())
            .coFacilitator(fc.coFacilitator())
            .build());
    return stamp.done();
  }

  static @Nullable Session activeSession(GroupState s, SessionId id) {
    for (Session session : s.activeSessions()) {
      if (session.id().equals(id)) {
        return session;
      }
    }
    return null;
  }

  /** Returns a session already checked to be active. */
  private static Session active(GroupState s, SessionId id) {
    Session session = activeSession(s, id);
    if (session == null) {
      throw new IllegalStateException("session " + id + " was checked to be active");
    }
    return session;
  }

  /**
   * Tells whether the actor holds the session: its facilitator or co-facilitator. If both have left
   * the group, any active peer present holds it, so that a session is never stuck open.
   */
  private static boolean holdsSession(GroupState s, Session session, MemberId actor) {
    if (session.facilitator().map(actor::equals).orElse(false)
        || session.coFacilitator().map(actor::equals).orElse(false)) {
      return true;
    }
    boolean heldByActiveMember =
        session.facilitator().flatMap(s::member).map(Member::isActive).orElse(false)
            || session.coFacilitator().flatMap(s::member).map(Member::isActive).orElse(false);
    if (heldByActiveMember || !session.attendees().contains(actor)) {
      return false;
    }
    Member m = s.members().get(actor);
    return m != null && m.isActivePeer();
  }

  static CommandResult handOver(Stamp stamp, HandOverFacilitation h) {
    GroupState s = stamp.state;
    Rejection bad = sessionIn(s, h.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Session session = active(s, h.sessionId());
    if (!holdsSession(s, session, stamp.actor)) {
      return CommandResult.rejected(
          Rejections.notFacilitator(stamp.actor, h.sessionId(), "hand over"));
    }
    Member to = s.members().get(h.to());
    if (to == null) {
      return CommandResult.rejected(Rejections.unknownMember(h.to()));
    }
    if (!to.isActivePeer()) {
      return CommandResult.rejected(
          Rejections.notPermitted(h.to() + " cannot facilitate: the facilitator is a peer"));
    }
    GovernanceSettings governance = s.governance();
    if (!governance.rotation().newcomersEligible()
        && to.isNewcomerAt(stamp.now, governance.newcomerPeriod())) {
      return CommandResult.rejected(
          Rejections.newcomerNotAsked(h.to(), to.joinedAt().plus(governance.newcomerPeriod())));
    }
    if (!session.attendees().contains(h.to())) {
      return CommandResult.rejected(Rejections.invalid(h.to() + " is not present at the session"));
    }
    if (session.facilitator().map(h.to()::equals).orElse(false)) {
      return CommandResult.rejected(Rejections.invalid(h.to() + " already facilitates"));
    }
    Optional<MemberId> co =
        session.coFacilitator().filter(c -> !c.equals(h.to())).or(() -> Optional.empty());
    stamp.events.add(
        ImmutableFacilitatorHandedOver.builder()
            .from(stamp.next())
            .sessionId(h.sessionId())
            .previous(session.facilitator())
            .to(h.to())
            .coFacilitator(co)
            .build());
    return stamp.done();
  }

  static CommandResult attend(Stamp stamp, RecordAttendance ra) {
    GroupState s = stamp.state;
    Rejection bad = sessionIn(s, ra.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    Session session = active(s, ra.sessionId());
    if (!ra.member().equals(stamp.actor) && !holdsSession(s, session, stamp.actor)) {
      return CommandResult.rejected(
          Rejections.notFacilitator(
              stamp.actor, ra.sessionId(), "record someone else's attendance"));
    }
    Member m = s.members().get(ra.member());
    if (m == null) {
      return CommandResult.rejected(Rejections.unknownMember(ra.member()));
    }
    if (!m.isActive()) {
      return CommandResult.rejected(Rejections.inactiveMember(ra.member()));
    }
    if (session.attendees().contains(ra.member())) {
      return CommandResult.rejected(
          Rejections.invalid(ra.member() + " is already recorded as present"));
    }
    stamp.events.add(
        ImmutableAttendanceRecorded.builder()
            .from(stamp.next())
            .sessionId(ra.sessionId())
            .member(ra.member())
            .build());
    return stamp.done();
  }

  static CommandResult contribute(Stamp stamp, RecordContribution r) {
    GroupState s = stamp.state;
    Session session = activeSession(s, r.sessionId());
    if (session == null || session.status() != SessionStatus.OPEN) {
      Rejection bad = sessionIn(s, r.sessionId(), SessionStatus.OPEN);
      return CommandResult.rejected(bad == null ? Rejections.unknownSession(r.sessionId()) : bad);
    }
    if (r.text().isBlank()) {
      return CommandResult.rejected(Rejections.blank("text"));
    }
    int number = session.contributions() + 1;
    if (r.replyTo().isPresent()
        && (r.replyTo().getAsInt() < 1 || r.replyTo().getAsInt() >= number)) {
      return CommandResult.rejected(
          Rejections.invalid(
              "a contribution can only reply to an earlier one; there is no contribution "
                  + r.replyTo().getAsInt()
                  + " before it"));
    }
    if (!session.attendees().contains(stamp.actor)) {
      stamp.events.add(
          ImmutableAttendanceRecorded.builder()
              .from(stamp.next())
              .sessionId(r.sessionId())
              .member(stamp.actor)
              .build());
    }
    stamp.events.add(
        ImmutableContributionRecorded.builder()
            .from(stamp.next())
            .contribution(
                ImmutableContribution.builder()
                    .sessionId(r.sessionId())
                    .number(number)
                    .author(stamp.actor)
                    .at(stamp.now)
                    .kind(r.kind())
                    .text(r.text())
                    .replyTo(r.replyTo())
                    .act(r.act())
                    .build())
            .build());
    return stamp.done();
  }

  static CommandResult closeSession(Stamp stamp, CloseSession cs) {
    GroupState s = stamp.state;
    Rejection bad = sessionIn(s, cs.sessionId(), SessionStatus.OPEN);
    if (bad != null) {
      return CommandResult.rejected(bad);
    }
    if (!holdsSession(s, active(s, cs.sessionId()), stamp.actor)) {
      return CommandResult.rejected(
          Rejections.notFacilitator(stamp.actor, cs.sessionId(), "close it"));
    }
    stamp.events.add(
        ImmutableSessionClosed.builder().from(stamp.next()).sessionId(cs.sessionId()).build());
    return stamp.done();
  }
}
