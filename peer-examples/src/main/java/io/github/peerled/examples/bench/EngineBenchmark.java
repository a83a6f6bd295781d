package io.github.peerled.examples.bench;

import io.github.peerled.core.command.DraftProposal;
import io.github.peerled.core.command.EndorseFoundingGuidelines;
import io.github.peerled.core.command.FoundGroup;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.JoinGroup;
import io.github.peerled.core.command.OpenProposal;
import io.github.peerled.core.command.RecordContribution;
import io.github.peerled.core.command.ScheduleSession;
import io.github.peerled.core.command.StartSession;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.group.MeetingFormat;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.guideline.AddClause;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.SessionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bare engine on a 50-member group with an open session and an open proposal: applying commands
 * (decide + evolve) and replaying events. The command mix is 80% contributions to the session and
 * 20% stances (taken and changed) on the proposal, by members in turn.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {
  static final int MEMBERS = 50;
  static final int REPLAY_EVENTS = 100_000;
  static final GroupId GROUP = GroupId.of("bench-group");

  GroupEngine engine = GroupEngine.of(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  GroupState base = GroupState.initial(GROUP);
  GroupState state = base;
  GroupCommand[] mix = new GroupCommand[0];
  List<GroupEvent> log = List.of();
  List<GroupEvent> contributionLog = List.of();
  int next;

  /** Builds the group, the command mix and a log of {@value #REPLAY_EVENTS} events. */
  @Setup
  public void setUp() {
    List<GroupEvent> events = new ArrayList<>();
    GroupState s = GroupState.initial(GROUP);
    for (GroupCommand c : founding()) {
      GroupEngine.Applied step = engine.apply(s, c);
      if (!step.result().isAccepted()) {
        throw new IllegalStateException(step.result().rejection().orElseThrow().message());
      }
      events.addAll(step.result().events());
      s = step.state();
    }
    base = s;
    state = s;
    SplittableRandom random = new SplittableRandom(42);
    mix = new GroupCommand[4096];
    StanceKind[] kinds = {StanceKind.AGREE, StanceKind.CONCERN, StanceKind.ABSTAIN};
    for (int i = 0; i < mix.length; i++) {
      MemberId who = member(random.nextInt(MEMBERS));
      if (random.nextInt(10) < 8) {
        mix[i] =
            RecordContribution.builder()
                .actor(who)
                .sessionId(SessionId.of("s1"))
                .kind(ContributionKind.SHARING)
                .text("What helped me most was walking after dinner; my readings came down a lot.")
                .build();
      } else {
        mix[i] =
            TakeStance.builder()
                .actor(who)
                .proposalId(ProposalId.of("p1"))
                .kind(kinds[random.nextInt(kinds.length)])
                .build();
      }
    }
    int i = 0;
    while (events.size() < REPLAY_EVENTS) {
      GroupEngine.Applied step = engine.apply(s, mix[i++ % mix.length]);
      events.addAll(step.result().events());
      s = step.state();
    }
    log = events.subList(0, REPLAY_EVENTS);
    List<GroupEvent> said =
        new ArrayList<>(events.subList(0, base.version() > 0 ? (int) base.version() : 0));
    GroupState c = base;
    for (int k = 0; said.size() < REPLAY_EVENTS; k++) {
      GroupCommand command = mix[k % mix.length];
      if (!(command instanceof io.github.peerled.core.command.RecordContribution)) {
        continue;
      }
      GroupEngine.Applied step = engine.apply(c, command);
      said.addAll(step.result().events());
      c = step.state();
    }
    contributionLog = said.subList(0, REPLAY_EVENTS);
  }

  /**
   * Replays {@value #REPLAY_EVENTS} events of which all but the founding ones are contributions.
   *
   * @return the replayed state
   */
  @Benchmark
  @OperationsPerInvocation(REPLAY_EVENTS)
  public GroupState replayContributions() {
    return engine.replay(GROUP, contributionLog);
  }

  /**
   * Applies one command of the mix to the evolving state.
   *
   * @return the state after the command
   */
  @Benchmark
  public GroupState applyCommand() {
    GroupState s = engine.apply(state, mix[next]).state();
    next = (next + 1) & (mix.length - 1);
    // Keep the state bounded: start again from the base after each pass over the mix.
    state = next == 0 ? base : s;
    return s;
  }

  /**
   * Replays {@value #REPLAY_EVENTS} events.
   *
   * @return the replayed state
   */
  @Benchmark
  @OperationsPerInvocation(REPLAY_EVENTS)
  public GroupState replay() {
    return engine.replay(GROUP, log);
  }

  static MemberId member(int i) {
    return MemberId.of("m" + i);
  }

  static List<GroupCommand> founding() {
    List<GroupCommand> out = new ArrayList<>();
    var found =
        FoundGroup.builder()
            .actor(member(0))
            .profile(
                GroupProfile.builder()
                    .name("Benchmark group")
                    .purpose("We share what helps us live well with diabetes.")
                    .topic("diabetes")
                    .addFormats(MeetingFormat.HYBRID)
                    .openTo("anyone living with diabetes")
                    .build())
            .addDraft(Clause.of("sharing", "We share our own experience rather than give advice."))
            .addDraft(Clause.of("everyone-counts", "Everyone gets room to speak."));
    for (int i = 0; i < 3; i++) {
      found.addFounders(FoundingMember.of("m" + i, "Member " + i));
    }
    out.add(found.build());
    for (int i = 0; i < 3; i++) {
      out.add(EndorseFoundingGuidelines.builder().actor(member(i)).revision(1).build());
    }
    for (int i = 3; i < MEMBERS; i++) {
      out.add(JoinGroup.builder().actor(member(i)).acknowledgedVersion(1).build());
    }
    out.add(
        DraftProposal.builder()
            .actor(member(1))
            .proposalId(ProposalId.of("p1"))
            .title("Add a clause on quiet members")
            .content(
                GuidelineAmendment.builder()
                    .baseVersion(1)
                    .addChange(
                        AddClause.builder()
                            .clause(Clause.of("quiet", "We invite quiet members to speak."))
                            .build())
                    .build())
            .build());
    out.add(OpenProposal.builder().actor(member(1)).proposalId(ProposalId.of("p1")).build());
    out.add(
        ScheduleSession.builder()
            .actor(member(0))
            .sessionId(SessionId.of("s1"))
            .scheduledFor(Instant.EPOCH)
            .format(MeetingFormat.HYBRID)
            .build());
    var start = StartSession.builder().actor(member(0)).sessionId(SessionId.of("s1"));
    for (int i = 0; i < MEMBERS; i++) {
      start.addAttendees(member(i));
    }
    out.add(start.build());
    return out;
  }
}
