package io.github.peerled.core.sim;

import static io.github.peerled.core.sim.Simulation.LATE_STANCES;
import static io.github.peerled.core.sim.Simulation.PROPOSALS;
import static io.github.peerled.core.sim.Simulation.START;
import static io.github.peerled.core.sim.Simulation.sessionAt;
import static io.github.peerled.core.sim.Simulation.stances;
import static io.github.peerled.core.sim.Simulation.stream;

import io.github.peerled.core.decision.DecisionKind;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.internal.ClosingRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The guideline changes proposed in one simulation run, one open at a time: proposed after a
 * session, with the stances of those present; the late stances taken before a session at which it
 * may close (raised by reminders where the facilitator reminds the undecided); and its close by the
 * engine's closing rules, which adopts the next guideline version or not. The members still in the
 * group ({@code active}) are the run's, passed in at each step.
 *
 * <p>Not thread-safe: one instance per run, confined to the thread of that run.
 */
final class SimulatedProposals {
  private final BehaviourModel b;
  private final long seed;
  private final int n;
  private final Recorder recorder;
  private final Tracker tracker;
  private final Facilitator facilitator;
  private final DecisionProcedure procedure;
  private final StanceKind[] stances;
  private int version = 1;
  private boolean open;
  private int proposer;
  private int proposals;
  private MemberSet electorate = MemberSet.empty();
  private Instant openedAt = START;

  SimulatedProposals(
      BehaviourModel b,
      long seed,
      int n,
      Recorder recorder,
      Tracker tracker,
      Facilitator facilitator,
      Scenario scenario) {
    this.b = b;
    this.seed = seed;
    this.n = n;
    this.recorder = recorder;
    this.tracker = tracker;
    this.facilitator = facilitator;
    this.stances = new StanceKind[n];
    this.procedure = scenario.group().governance().procedureFor(DecisionKind.GUIDELINES);
  }

  /** Whether a proposal is open. */
  boolean isOpen() {
    return open;
  }

  /** The guideline version in force: 1, plus one for every proposal adopted. */
  int version() {
    return version;
  }

  /**
   * At the end of the run, closes the open proposal if it may close now, and counts one still under
   * discussion as not adopted.
   */
  void endRun(Instant at, MemberSet active) {
    if (open) {
      closeProposal(at, active);
    }
    if (open) {
      open = false;
      tracker.proposalDecided(false); // still under discussion at the end: not adopted
    }
  }

  void maybePropose(int s, MemberSet present, MemberSet active) {
    if (!(b.proposalRate() > 0)) {
      return;
    }
    SplittableRandom r = stream(seed, PROPOSALS, s);
    double uPropose = r.nextDouble();
    double uProposer = r.nextDouble();
    if (open || uPropose >= b.proposalRate()) {
      return;
    }
    proposer = present.nth((int) (uProposer * present.size()));
    proposals++;
    open = true;
    electorate = active;
    openedAt = sessionAt(s).plus(Duration.ofDays(1));
    tracker.proposalMade();
    recorder.propose(proposals, openedAt, proposer, version);
    for (int m = 0; m < n; m++) {
      double u = r.nextDouble();
      stances[m] = null;
      if (!present.contains(m)) {
        continue;
      }
      StanceKind kind = stanceKind(u);
      stances[m] = kind;
      recorder.stance(m, kind);
    }
  }

  private StanceKind stanceKind(double u) {
    if (u < b.agree()) {
      return StanceKind.AGREE;
    } else if (u < b.agree() + b.concern()) {
      return StanceKind.CONCERN;
    } else if (u < b.agree() + b.concern() + b.object()) {
      return ClosingRules.countsVotes(procedure) ? StanceKind.DISAGREE : StanceKind.OBJECT;
    }
    return StanceKind.ABSTAIN;
  }

  /**
   * Before a session at which the open proposal may close (an hour before it), each member of its
   * electorate still in the group who has taken no stance takes one with the behaviour's late
   * stance probability, raised by the reminder effect where the facilitator reminds the undecided.
   * Every member draws two values whoever takes a stance, so that arms share their draws; with a
   * probability of 0 nothing is drawn.
   */
  void lateStances(int s, Instant at, MemberSet active) {
    double p = b.lateStance();
    if (facilitator.remindsTheUndecided()) {
      p += b.reminderEffect() * (1 - p);
    }
    Instant when = at.minus(Duration.ofHours(1));
    if (!(p > 0)
        || ClosingRules.lapsed(when, openedAt, procedure)
        || ClosingRules.tooEarlyToClose(at, openedAt, procedure, () -> false)) {
      return;
    }
    SplittableRandom r = stream(seed, LATE_STANCES, s);
    MemberSet mayTake = electorate.and(active);
    for (int m = 0; m < n; m++) {
      double uTake = r.nextDouble();
      double uKind = r.nextDouble();
      if (!mayTake.contains(m) || stances[m] != null || uTake >= p) {
        continue;
      }
      StanceKind kind = stanceKind(uKind);
      stances[m] = kind;
      recorder.lateStance(when, m, kind);
    }
  }

  /**
   * Closes the open proposal by the engine's closing rules, or leaves it open. The simulated closer
   * waits out the discussion period even when everyone has taken a stance, and is the proposer if
   * still active, else (where the rules let anyone close) the first active member.
   */
  void closeProposal(Instant at, MemberSet active) {
    if (ClosingRules.tooEarlyToClose(at, openedAt, procedure, () -> false)) {
      return; // still under discussion: closed at a later session
    }
    open = false;
    int closer = -1;
    if (active.contains(proposer)) {
      closer = proposer;
    } else if (!active.isEmpty() && ClosingRules.mayClose(procedure, false)) {
      closer = active.next(0);
    }
    if (closer < 0 || ClosingRules.lapsed(at, openedAt, procedure)) {
      tracker.proposalDecided(false); // lapsed: nobody could close it in time
      return;
    }
    int objections = 0;
    for (int m = 0; m < n; m++) {
      if (electorate.contains(m) && stances[m] == StanceKind.OBJECT) {
        objections++;
      }
    }
    Optional<Boolean> decision =
        ClosingRules.closerDecides(procedure) ? Optional.of(objections == 0) : Optional.empty();
    Optional<Boolean> engine = recorder.closeProposal(at, closer, decision);
    Tally counted = tally(decision, active);
    tracker.proposalClosed(counted.electorate(), stances(counted), counted.quorumMet());
    boolean adopted = engine.orElseGet(() -> counted.outcome() == Outcome.ADOPTED);
    if (adopted) {
      version++;
    }
    tracker.proposalDecided(adopted);
  }

  /**
   * Counts the stances on the open proposal as the engine would (on the fast path): the electorate
   * frozen at the opening, less the members who have left by the close (every active simulated
   * member is a peer).
   */
  private Tally tally(Optional<Boolean> decision, MemberSet active) {
    int agree = 0;
    int concern = 0;
    int abstain = 0;
    int object = 0;
    int disagree = 0;
    MemberSet counted = electorate.and(active);
    for (int m = 0; m < n; m++) {
      if (!counted.contains(m) || stances[m] == null) {
        continue;
      }
      switch (stances[m]) {
        case AGREE -> agree++;
        case CONCERN -> concern++;
        case ABSTAIN -> abstain++;
        case OBJECT -> object++;
        case DISAGREE -> disagree++;
      }
    }
    return ClosingRules.tally(
        procedure, counted.size(), agree, concern, abstain, object, disagree, decision);
  }
}
