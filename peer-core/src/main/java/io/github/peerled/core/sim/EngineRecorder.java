package io.github.peerled.core.sim;

import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableCloseSession;
import io.github.peerled.core.command.ImmutableDraftProposal;
import io.github.peerled.core.command.ImmutableEndorseFoundingGuidelines;
import io.github.peerled.core.command.ImmutableFoundGroup;
import io.github.peerled.core.command.ImmutableHandOverFacilitation;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableLeaveGroup;
import io.github.peerled.core.command.ImmutableOpenProposal;
import io.github.peerled.core.command.ImmutableRecordContribution;
import io.github.peerled.core.command.ImmutableScheduleSession;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.ImmutableTakeStance;
import io.github.peerled.core.decision.ImmutableGuidelineAmendment;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.engine.Limits;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ProposalDecided;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.ImmutableGroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs a simulated group through the real engine, one command at a time, keeping the log. */
final class EngineRecorder implements Recorder {
  static final GroupId GROUP = GroupId.of("simulated-group");

  private final SimClock clock = new SimClock();

  /** The engine's limits, but founders: every member of the largest simulated group may found. */
  private final GroupEngine engine =
      GroupEngine.of(clock, Limits.custom().founders(GroupSpec.MAX_SIZE).build());

  private final List<GroupEvent> events = new ArrayList<>();
  private final Scenario scenario;
  private GroupState state = GroupState.initial(GROUP);
  private SessionId session = SessionId.of("s000");
  private MemberId facilitator;
  private ProposalId proposal = ProposalId.of("p000");
  private Instant sessionAt = Simulation.START;
  private int step;
  private int termHolder = -1;

  EngineRecorder(Scenario scenario) {
    this.scenario = scenario;
    facilitator = Members.memberId(0);
  }

  @Override
  public void found() {
    GroupSpec g = scenario.group();
    int founders = g.size() - g.newcomers();
    clock.now = Simulation.START.minus(Duration.ofDays(14));
    ImmutableFoundGroup.Builder found =
        ImmutableFoundGroup.builder()
            .actor(Members.memberId(0))
            .profile(
                ImmutableGroupProfile.builder()
                    .name("Simulated group: " + scenario.name())
                    .purpose("We share what helps us live with our condition.")
                    .topic("simulation")
                    .addFormats(MeetingFormat.FACE_TO_FACE)
                    .openTo("anyone with the shared experience")
                    .build())
            .governance(g.governance())
            .draft(g.guidelines());
    for (int i = 0; i < founders; i++) {
      found.addFounders(FoundingMember.of(Members.memberId(i).value(), "Member " + (i + 1)));
    }
    apply(found.build());
    for (int i = 0; i < founders; i++) {
      apply(
          ImmutableEndorseFoundingGuidelines.builder()
              .actor(Members.memberId(i))
              .revision(1)
              .build());
    }
    clock.now = Simulation.START.minus(Duration.ofDays(1));
    for (int i = founders; i < g.size(); i++) {
      apply(
          ImmutableJoinGroup.builder()
              .actor(Members.memberId(i))
              .displayName("Member " + (i + 1))
              .acknowledgedVersion(1)
              .build());
    }
  }

  @Override
  public void leave(Instant at, int member) {
    clock.now = at;
    apply(ImmutableLeaveGroup.builder().actor(Members.memberId(member)).build());
  }

  @Override
  public void startSession(int index, Instant at, MemberSet present) {
    clock.now = at;
    sessionAt = at;
    step = 0;
    session = SessionId.of(String.format(Locale.ROOT, "s%03d", index + 1));
    int first = present.next(0);
    apply(
        ImmutableScheduleSession.builder()
            .actor(Members.memberId(first))
            .sessionId(session)
            .scheduledFor(at)
            .format(MeetingFormat.FACE_TO_FACE)
            .build());
    ImmutableStartSession.Builder start =
        ImmutableStartSession.builder().actor(Members.memberId(first)).sessionId(session);
    present.forEach(m -> start.addAttendees(Members.memberId(m)));
    apply(start.build());
    facilitator = state.session(session).orElseThrow().facilitator().orElseThrow();
    if (termHolder >= 0 && !facilitator.equals(Members.memberId(termHolder))) {
      // The term holder facilitates: the member rotation chose hands the session over at once.
      apply(
          ImmutableHandOverFacilitation.builder()
              .actor(facilitator)
              .sessionId(session)
              .to(Members.memberId(termHolder))
              .build());
      facilitator = Members.memberId(termHolder);
    }
  }

  @Override
  public void termHolder(int member) {
    termHolder = member;
  }

  @Override
  public void contribution(int member, Act act, int replyTo) {
    ImmutableRecordContribution.Builder b =
        ImmutableRecordContribution.builder()
            .actor(Members.memberId(member))
            .sessionId(session)
            .act(act.act())
            .kind(act.kind())
            .text(act.text());
    if (replyTo > 0) {
      b.replyTo(replyTo);
    }
    tick();
    apply(b.build());
  }

  @Override
  public void intervention(InterventionKind kind) {
    tick();
    apply(
        ImmutableRecordContribution.builder()
            .actor(facilitator)
            .sessionId(session)
            .act(kind.act())
            .kind(ContributionKind.OTHER)
            .text(kind.text())
            .build());
  }

  @Override
  public void closeSession() {
    tick();
    apply(ImmutableCloseSession.builder().actor(facilitator).sessionId(session).build());
  }

  @Override
  public void propose(int number, Instant at, int proposer, int baseVersion) {
    clock.now = at;
    proposal = ProposalId.of(String.format(Locale.ROOT, "p%03d", number));
    apply(
        ImmutableDraftProposal.builder()
            .actor(Members.memberId(proposer))
            .proposalId(proposal)
            .title("Guideline change " + number)
            .content(
                ImmutableGuidelineAmendment.builder()
                    .baseVersion(baseVersion)
                    .addChange(
                        ImmutableAddClause.builder()
                            .clause(
                                Clause.of(
                                    String.format(Locale.ROOT, "sim-%03d", number),
                                    "A clause the members proposed (" + number + ")."))
                            .build())
                    .build())
            .build());
    apply(
        ImmutableOpenProposal.builder()
            .actor(Members.memberId(proposer))
            .proposalId(proposal)
            .build());
  }

  @Override
  public void stance(int member, StanceKind kind) {
    ImmutableTakeStance.Builder b =
        ImmutableTakeStance.builder()
            .actor(Members.memberId(member))
            .proposalId(proposal)
            .kind(kind);
    if (kind == StanceKind.OBJECT) {
      b.reason("It does not fit how we meet.");
    }
    apply(b.build());
  }

  @Override
  public void lateStance(Instant at, int member, StanceKind kind) {
    clock.now = at;
    stance(member, kind);
  }

  @Override
  public Optional<Boolean> closeProposal(Instant at, int closer, Optional<Boolean> decision) {
    clock.now = at;
    int before = events.size();
    apply(
        ImmutableCloseProposal.builder()
            .actor(Members.memberId(closer))
            .proposalId(proposal)
            .adopt(decision)
            .build());
    for (int i = before; i < events.size(); i++) {
      if (events.get(i) instanceof ProposalDecided d) {
        return Optional.of(d.tally().outcome() == Outcome.ADOPTED);
      }
    }
    throw new IllegalStateException("closing " + proposal + " decided nothing");
  }

  @Override
  public List<GroupEvent> events() {
    return events;
  }

  /** Returns the engine's state of the group after the last command recorded. */
  GroupState state() {
    return state;
  }

  private void tick() {
    clock.now = sessionAt.plusSeconds(30L * ++step);
  }

  private void apply(GroupCommand command) {
    GroupEngine.Applied a = engine.apply(state, command);
    if (!a.result().isAccepted()) {
      throw new IllegalStateException(
          "the engine rejected a simulated "
              + command.getClass().getSimpleName().replace("Immutable", "")
              + ": "
              + a.result().rejection().orElseThrow().message());
    }
    events.addAll(a.result().events());
    state = a.state();
  }

  /** A clock the run moves; it never reads the system time. */
  static final class SimClock extends Clock {
    Instant now = Simulation.START;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
