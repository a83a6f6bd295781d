package io.github.peerled.core.engine;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peerled.core.command.CheckDeadlines;
import io.github.peerled.core.command.GroupCommand;
import io.github.peerled.core.command.ImmutableCheckDeadlines;
import io.github.peerled.core.command.ImmutableCloseProposal;
import io.github.peerled.core.command.ImmutableJoinGroup;
import io.github.peerled.core.command.ImmutableReviseProposal;
import io.github.peerled.core.command.ImmutableStartSession;
import io.github.peerled.core.command.IntegrateObjection;
import io.github.peerled.core.command.ReviseProposal;
import io.github.peerled.core.command.TakeStance;
import io.github.peerled.core.command.WithdrawObjection;
import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.GuidelineAmendment;
import io.github.peerled.core.decision.ImmutableDecisionProcedure;
import io.github.peerled.core.decision.ImmutableGovernanceSettings;
import io.github.peerled.core.decision.LogisticsChange;
import io.github.peerled.core.decision.Objection;
import io.github.peerled.core.decision.ObjectionGround;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.ProposalContent;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.TieRule;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.Member;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.guideline.Clause;
import io.github.peerled.core.guideline.ClauseId;
import io.github.peerled.core.guideline.GuidelineChange;
import io.github.peerled.core.guideline.GuidelineVersion;
import io.github.peerled.core.guideline.ImmutableAddClause;
import io.github.peerled.core.guideline.ImmutableAmendClause;
import io.github.peerled.core.guideline.ImmutableClause;
import io.github.peerled.core.guideline.ImmutableRemoveClause;
import io.github.peerled.core.guideline.ImmutableReorderClauses;
import io.github.peerled.core.guideline.RuleBinding;
import io.github.peerled.core.leadership.ImmutableRotationPolicy;
import io.github.peerled.core.leadership.RotationKind;
import io.github.peerled.core.leadership.RotationPolicy;
import io.github.peerled.core.session.ContributionKind;
import io.github.peerled.core.session.Session;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;

/**
 * Random command sequences for stateful property tests. A step is four small numbers; they are
 * turned into a command against the state at hand, so that most commands make sense (the proposer
 * opens, the facilitator closes, amendments fit the version in force) while a good share are
 * invalid on purpose (unknown ids, outsiders acting, stale versions, wrong states).
 */
final class RandomGroups {
  private RandomGroups() {}

  /** Founders first, then people who may join: a newcomer pair, an advisor, a guest, a stranger. */
  static final List<MemberId> PEOPLE =
      List.of(
          Groups.ALICE,
          Groups.BOB,
          Groups.CAROL,
          Groups.DANA,
          MemberId.of("erin"),
          Groups.DR_EVANS,
          Groups.GUEST,
          MemberId.of("zed"));

  /**
   * The weight of each kind of command: the index of a step's kind into this table gives the case
   * of {@link #command}.
   */
  private static final int[] KIND_TABLE = {
    0, 0, 1, 2, 2, 2, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 9, 10, 10, 10, 11, 12, 12, 13, 14, 14, 14,
    15, 16, 17, 17, 18, 18, 19, 20, 20, 21, 21, 22, 22
  };

  static final int KINDS = KIND_TABLE.length;

  /**
   * One step: what kind of command, who gives it, which proposal or session (of a small pool), and
   * a number that picks the details and how far the clock moves first.
   */
  record Step(int kind, int who, int target, int extra) {}

  /**
   * A scenario: the group's governance settings (from a seed), whether it starts with version 1 in
   * force or only founded, and the steps.
   */
  record Scenario(long settingsSeed, boolean adopted, List<Step> steps) {}

  static Gen<Step> steps() {
    return integers()
        .between(0, KINDS - 1)
        .zip(
            integers().between(0, PEOPLE.size() - 1),
            integers().between(0, 5),
            integers().between(0, 1_000_000),
            Step::new);
  }

  static Gen<Scenario> scenarios(int minSteps, int maxSteps) {
    return longs()
        .all()
        .zip(
            integers().between(0, 3),
            lists().of(steps()).ofSizeBetween(minSteps, maxSteps),
            (seed, start, steps) -> new Scenario(seed, start != 0, steps));
  }

  // ---- settings ----

  private static final double[] QUORUMS = {0.0, 0.25, 0.5, 2.0 / 3.0, 0.7, 1.0};
  private static final double[] THRESHOLDS = {0.6, 2.0 / 3.0, 0.75, 1.0};
  private static final Duration[] DISCUSSION = {
    Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3)
  };

  static GovernanceSettings settings(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ImmutableGovernanceSettings.Builder b = GovernanceSettings.custom();
    for (DecisionKind k : DecisionKind.values()) {
      b.putProcedure(k, revisionRules(procedure(r)));
    }
    return b.newcomerPeriod(
            List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(60)).get(r.nextInt(3)))
        .rotation(rotation(r))
        .build();
  }

  static DecisionProcedure procedure(SplittableRandom r) {
    Duration discussion = DISCUSSION[r.nextInt(DISCUSSION.length)];
    return ImmutableDecisionProcedure.builder()
        .method(pick(DecisionMethod.values(), r.nextInt(100)))
        .quorum(QUORUMS[r.nextInt(QUORUMS.length)])
        .threshold(THRESHOLDS[r.nextInt(THRESHOLDS.length)])
        .silenceIsConsent(r.nextInt(4) == 0)
        .tieRule(r.nextBoolean() ? TieRule.NOT_ADOPTED : TieRule.ADOPTED)
        .discussionPeriod(discussion)
        .deadline(discussion.plus(Duration.ofDays(1 + r.nextInt(10))))
        .build()
        .withClosingSoon(Duration.ofHours(12L * (discussion.toHours() % 3)))
        .withAnyPeerMayRevise(discussion.isZero());
  }

  /**
   * Revisions, objections, late decisions and delayed effect, derived from a procedure drawn by
   * {@link #procedure} without drawing more, so that the settings drawn before stay as they were.
   */
  static DecisionProcedure revisionRules(DecisionProcedure p) {
    ImmutableDecisionProcedure.Builder b = ImmutableDecisionProcedure.builder().from(p);
    if (p.tieRule() == TieRule.ADOPTED) {
      b.objectionTest("Would it harm us, or is there a better way?");
    }
    if (p.threshold() >= 0.75) {
      b.lateQuorumWindow(Duration.ofDays(3)).lateQuorumExtension(Duration.ofDays(1));
    }
    if (p.quorum() <= 0.25) {
      b.effectDelay(Duration.ofDays(2));
    }
    return b.build();
  }

  static RotationPolicy rotation(SplittableRandom r) {
    return ImmutableRotationPolicy.builder()
        .kind(pick(RotationKind.values(), r.nextInt(100)))
        .maxConsecutiveTurns(1 + r.nextInt(3))
        .newcomersEligible(r.nextInt(3) == 0)
        .seed(r.nextLong())
        .build();
  }

  // ---- running ----

  /** How far the clock moves before a step: mostly a little, sometimes past deadlines. */
  static Duration advance(Step s) {
    int d = (s.extra() >> 10) % 20;
    if (d < 6) {
      return Duration.ZERO;
    } else if (d < 11) {
      return Duration.ofMinutes(d);
    } else if (d < 16) {
      return Duration.ofHours(d);
    } else if (d < 19) {
      return Duration.ofDays(d - 15);
    }
    return Duration.ofDays(12);
  }

  /** The commands that start a scenario. */
  static List<GroupCommand> start(Scenario sc) {
    GovernanceSettings settings = settings(sc.settingsSeed());
    return sc.adopted() ? Groups.founded(settings) : List.of(Groups.found(settings));
  }

  /**
   * Runs a scenario step by step.
   *
   * @param sc the scenario
   * @param check called after every step with the clock's instant already advanced
   * @return the fixture at the end
   */
  static GroupFixture run(Scenario sc, Consumer<StepResult> check) {
    GroupFixture f = GroupFixture.given(start(sc));
    for (Step step : sc.steps()) {
      f.after(advance(step));
      GroupState before = f.state;
      GroupCommand command = command(step, before);
      GroupEngine.Applied applied = f.engine.apply(before, command);
      f.state = applied.state();
      f.log.addAll(applied.result().events());
      check.accept(new StepResult(f, before, command, applied.result()));
    }
    return f;
  }

  /** One decided step: the state before, the command, the result, and the fixture after it. */
  record StepResult(
      GroupFixture fixture, GroupState before, GroupCommand command, CommandResult result) {
    List<GroupEvent> events() {
      return result.events();
    }
  }

  // ---- commands ----

  static GroupCommand command(Step s, GroupState state) {
    MemberId who = actor(s, state);
    int x = s.extra();
    int kind = KIND_TABLE[s.kind()];
    if (state.guidelinesInForce().isEmpty() && s.kind() % 3 == 0) {
      kind = 19; // before version 1, mostly found the group
    } else if (state.guidelinesInForce().isPresent() && kind == 19 && x % 4 != 0) {
      kind = 5; // after it, mostly take stances instead
    }
    boolean onProposal = kind == 4 || (kind >= 5 && kind <= 11) || kind == 21 || kind == 22;
    if (onProposal && state.activeProposals().isEmpty() && x % 4 != 0) {
      kind = 2; // nothing to act on yet: draft something
    }
    boolean onSession = kind >= 13 && kind <= 18;
    if (onSession && state.activeSessions().isEmpty() && x % 4 != 0) {
      kind = 12; // nothing to act on yet: schedule a session
    }
    ProposalId proposal =
        kind == 2 || kind == 3
            ? ProposalId.of("p" + (s.target() + 1))
            : pickOrNew(live(state), s, ProposalId.of("p" + (s.target() + 1)));
    if (((kind >= 5 && kind <= 7) || kind == 10 || kind == 11 || kind == 21 || kind == 22)
        && state.proposal(proposal).map(p -> p.openedAt().isEmpty()).orElse(false)
        && x % 3 != 0) {
      kind = 4; // a stance or close on a draft: mostly open it first
    }
    String session =
        kind == 12
            ? "s" + (s.target() + 1)
            : pickOrNew(
                    state.activeSessions().stream().map(Session::id).toList(),
                    s,
                    SessionId.of("s" + (s.target() + 1)))
                .value();
    return switch (kind) {
      case 0 -> join(PEOPLE.get(s.who()), state, x);
      case 1 -> Groups.leave(who);
      case 2, 3 -> Groups.draft(who, proposal.value(), content(state, x));
      case 4 -> Groups.open(proposer(state, proposal, x).orElse(who), proposal.value());
      case 5, 6, 7 -> stance(voter(state, proposal, s).orElse(who), proposal, x);
      case 8 -> Groups.comment(who, proposal.value(), x % 13 == 0 ? " " : "Note " + x, x % 2 == 0);
      case 9 -> Groups.withdraw(proposer(state, proposal, x).orElse(who), proposal.value());
      case 10, 11 -> close(who, proposal, state, x);
      case 12 -> Groups.schedule(who, session, Groups.START.plus(Duration.ofDays(x % 90)));
      case 13 -> Groups.volunteer(who, session);
      case 14 -> start(who, session, state, x);
      case 15 ->
          Groups.handOver(
              facilitator(state, session, x).orElse(who), session, PEOPLE.get(x % PEOPLE.size()));
      case 16 ->
          Groups.attend(
              facilitator(state, session, x).orElse(who), session, PEOPLE.get(x % PEOPLE.size()));
      case 17 -> contribution(who, session, x);
      case 18 -> Groups.closeSession(facilitator(state, session, x).orElse(who), session);
      case 20 -> checkDeadlines(who, state, x);
      case 21 -> revise(proposer(state, proposal, x).orElse(who), proposal, state, x);
      case 22 -> resolveObjection(who, proposal, state, x);
      default -> founding(who, state, x);
    };
  }

  /** A stance; an objection mostly names its ground, and another stance sometimes does too. */
  private static GroupCommand stance(MemberId who, ProposalId proposal, int x) {
    StanceKind kind = pick(StanceKind.values(), x);
    TakeStance t =
        (TakeStance) Groups.stance(who, proposal.value(), kind, x % 7 == 0 ? "" : "because " + x);
    boolean ground = kind == StanceKind.OBJECT ? x % 3 != 0 : x % 11 == 0;
    return ground
        ? TakeStance.builder().from(t).ground(pick(ObjectionGround.values(), x >> 2)).build()
        : t;
  }

  /**
   * A revision: of the same kind of decision mostly, addressing some of the open objections (and
   * now and then one that is not open).
   */
  private static GroupCommand revise(MemberId who, ProposalId id, GroupState state, int x) {
    Optional<Proposal> found = state.proposal(id);
    ProposalContent content = found.map(Proposal::content).orElse(Groups.logistics("Revised " + x));
    if (x % 9 == 0) {
      content = content(state, x); // mostly another kind: refused
    } else if (content instanceof LogisticsChange) {
      content = Groups.logistics("Revised " + x);
    } else if (content instanceof GuidelineAmendment) {
      content = amendment(state, x);
    }
    ImmutableReviseProposal.Builder b =
        ReviseProposal.builder().actor(who).proposalId(id).content(content);
    if (x % 4 == 0) {
      b.title("Revised title " + x);
    }
    List<Objection> objections = found.map(Proposal::objections).orElse(List.of());
    for (int i = 0; i < objections.size(); i++) {
      if ((x >> i & 1) == 1 && (objections.get(i).isOpen() || x % 13 == 0)) {
        b.addAddresses(objections.get(i).id());
      }
    }
    return b.build();
  }

  /** Integrates or withdraws an objection, mostly by its author. */
  private static GroupCommand resolveObjection(
      MemberId who, ProposalId id, GroupState state, int x) {
    List<Objection> objections = state.proposal(id).map(Proposal::objections).orElse(List.of());
    int number = objections.isEmpty() ? 1 + x % 3 : 1 + x % objections.size();
    MemberId actor = objections.isEmpty() || x % 5 == 0 ? who : objections.get(number - 1).author();
    return x % 2 == 0
        ? IntegrateObjection.builder()
            .actor(actor)
            .proposalId(id)
            .objection(ObjectionId.of(number))
            .build()
        : WithdrawObjection.builder()
            .actor(actor)
            .proposalId(id)
            .objection(ObjectionId.of(number))
            .build();
  }

  private static GroupCommand contribution(MemberId who, String session, int x) {
    ContributionKind k = pick(ContributionKind.values(), x);
    return x % 3 == 0
        ? Groups.reply(who, session, k, "Reply " + x, x % 5)
        : Groups.say(who, session, k, x % 17 == 0 ? "" : "I share " + x);
  }

  /** A deadline check, now or, sometimes, as of the latest event. */
  private static GroupCommand checkDeadlines(MemberId who, GroupState state, int x) {
    ImmutableCheckDeadlines.Builder b = CheckDeadlines.builder().actor(who);
    if (x % 6 == 0) {
      state.updatedAt().ifPresent(b::asOf);
    }
    return b.build();
  }

  /** The proposals that are draft or open as of the latest event. */
  private static List<ProposalId> live(GroupState state) {
    List<ProposalId> out = new ArrayList<>();
    java.time.Instant now = state.updatedAt().orElse(Groups.START);
    for (Proposal p : state.activeProposals()) {
      if (!p.statusAt(now).isFinal()) {
        out.add(p.id());
      }
    }
    return out;
  }

  /** Mostly one of the ids in use, sometimes any id of the pool (maybe unknown or finished). */
  private static <T> T pickOrNew(java.util.Collection<T> inUse, Step s, T any) {
    if (inUse.isEmpty() || s.extra() % 8 == 0) {
      return any;
    }
    return new ArrayList<>(inUse).get((s.target() + s.extra()) % inUse.size());
  }

  private static <T> T pick(T[] values, int i) {
    return List.of(values).get(i % values.length);
  }

  private static GroupCommand join(MemberId who, GroupState state, int x) {
    int version = state.guidelines().currentNumber() - (x % 8 == 0 ? 1 : 0);
    if (who.equals(Groups.DR_EVANS)) {
      return Groups.joinAdvisor(who, Affiliation.CLINICIAN, version);
    }
    Standing standing =
        who.equals(Groups.GUEST)
            ? Standing.GUEST
            : x % 9 == 0 ? Standing.MEMBER : Standing.NEWCOMER;
    return ImmutableJoinGroup.builder()
        .actor(who)
        .displayName(who.value())
        .standing(standing)
        .acknowledgedVersion(version)
        .build();
  }

  private static GroupCommand founding(MemberId who, GroupState state, int x) {
    List<MemberId> pending = new ArrayList<>(state.founders());
    pending.removeAll(state.foundingEndorsements());
    MemberId founder = x % 5 == 0 || pending.isEmpty() ? who : pending.get(x % pending.size());
    int revision = state.foundingDraftRevision() - (x % 11 == 0 ? 1 : 0);
    if (x % 6 == 0) {
      List<Clause> draft = new ArrayList<>(Groups.draft());
      draft.add(Clause.of("rev" + (x % 4), "Revised clause " + x));
      return Groups.revise(founder, revision, draft);
    }
    return Groups.endorse(founder, revision);
  }

  private static GroupCommand close(MemberId who, ProposalId id, GroupState state, int x) {
    Optional<Proposal> p = state.proposal(id);
    boolean advice =
        p.flatMap(Proposal::procedure)
            .map(pr -> pr.method() == DecisionMethod.ADVICE_PROCESS)
            .orElse(false);
    ImmutableCloseProposal.Builder b = ImmutableCloseProposal.builder().proposalId(id);
    if (x % 3 == 0) {
      b.outcomeStatement("Outcome " + x);
      state.updatedAt().ifPresent(at -> b.reviewAt(at.plus(Duration.ofDays(x % 20))));
    }
    if (advice && x % 4 != 0) {
      b.actor(p.get().proposer()).adopt(x % 2 == 0);
    } else {
      b.actor(who);
      if (x % 10 == 0) {
        b.adopt(true);
      }
    }
    return b.build();
  }

  private static GroupCommand start(MemberId who, String session, GroupState state, int x) {
    ImmutableStartSession.Builder b =
        ImmutableStartSession.builder().actor(who).sessionId(SessionId.of(session));
    if (x % 4 != 0) {
      List<MemberId> people = new ArrayList<>(x % 8 == 1 ? PEOPLE : state.members().keySet());
      if (x % 8 != 1) {
        people.removeIf(m -> !state.member(m).map(Member::isActive).orElse(false));
      }
      for (int i = 0; i < people.size(); i++) {
        if ((x >> i & 1) == 1) {
          b.addAttendees(people.get(i));
        }
      }
    }
    return b.build();
  }

  /** Mostly an active peer of the group, sometimes anyone (outsiders, strangers, leavers). */
  private static MemberId actor(Step s, GroupState state) {
    if (s.extra() % 5 != 0) {
      List<MemberId> peers = new ArrayList<>();
      for (var m : state.members().values()) {
        if (m.isActivePeer()) {
          peers.add(m.id());
        }
      }
      if (!peers.isEmpty()) {
        return peers.get(s.who() % peers.size());
      }
    }
    return PEOPLE.get(s.who());
  }

  /** Mostly someone in the proposal's electorate. */
  private static Optional<MemberId> voter(GroupState state, ProposalId id, Step s) {
    List<MemberId> electorate = state.proposal(id).map(Proposal::electorate).orElse(List.of());
    return electorate.isEmpty() || s.extra() % 6 == 0
        ? Optional.empty()
        : Optional.of(electorate.get((s.who() + s.extra()) % electorate.size()));
  }

  private static Optional<MemberId> proposer(GroupState state, ProposalId id, int x) {
    return x % 5 == 0 ? Optional.empty() : state.proposal(id).map(Proposal::proposer);
  }

  private static Optional<MemberId> facilitator(GroupState state, String session, int x) {
    return x % 5 == 0
        ? Optional.empty()
        : state.session(SessionId.of(session)).flatMap(Session::facilitator);
  }

  static ProposalContent content(GroupState state, int x) {
    return switch (x % 7) {
      case 0, 1, 2 -> amendment(state, x);
      case 3 -> Groups.logistics("Schedule " + x);
      case 4 -> {
        MemberId m = PEOPLE.get((x >> 3) % PEOPLE.size());
        yield x % 3 == 0
            ? Groups.removal(m)
            : Groups.standing(m, x % 2 == 0 ? Standing.MEMBER : Standing.ADVISOR);
      }
      case 5 ->
          x % 2 == 0
              ? Groups.rotation(rotation(new SplittableRandom(x)))
              : Groups.mentors(PEOPLE.get((x >> 3) % PEOPLE.size()));
      default -> Groups.governance(x % 10 == 6 ? settings(x + 1) : state.governance(), settings(x));
    };
  }

  private static ProposalContent amendment(GroupState state, int x) {
    int current = state.guidelines().currentNumber();
    int base = x % 10 == 0 ? current - 1 : current;
    List<Clause> clauses =
        state.guidelinesInForce().map(GuidelineVersion::clauses).orElse(List.of());
    ClauseId some =
        clauses.isEmpty() ? ClauseId.of("none") : clauses.get((x >> 4) % clauses.size()).id();
    List<GuidelineChange> changes = new ArrayList<>();
    switch ((x >> 2) % 5) {
      case 0 ->
          changes.add(
              ImmutableAddClause.builder()
                  .clause(
                      ImmutableClause.builder()
                          .id(ClauseId.of("k" + (x >> 5) % 6))
                          .text("Clause " + x)
                          .reviewAt(
                              x % 3 == 0
                                  ? Optional.of(Groups.START.plus(Duration.ofDays(x % 50)))
                                  : Optional.empty())
                          .build())
                  .build());
      case 1 ->
          changes.add(
              ImmutableAmendClause.builder()
                  .clauseId(some)
                  .text("Amended " + x)
                  .rule(RuleBinding.of("sharing-not-advice"))
                  .build());
      case 2 -> changes.add(ImmutableRemoveClause.builder().clauseId(some).build());
      case 3 -> {
        List<ClauseId> order = new ArrayList<>();
        for (Clause c : clauses) {
          order.add(c.id());
        }
        Collections.reverse(order);
        changes.add(ImmutableReorderClauses.builder().order(order).build());
      }
      default -> {
        changes.add(
            ImmutableAddClause.builder()
                .clause(Clause.of("k" + (x >> 5) % 6, "Clause " + x))
                .after(some)
                .build());
        changes.add(ImmutableRemoveClause.builder().clauseId(some).build());
      }
    }
    return Groups.amend(base, changes.toArray(new GuidelineChange[0]));
  }
}
