package io.github.peerled.core.sim;

import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.internal.SplitMix64;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One simulation run: a pure function of {@code (scenario, arm, seed)}. Sessions happen once a
 * week; in each, those present take {@link Scenario#turnsPerSession()} turns, the arm's facilitator
 * steers, and afterwards a guideline change may be proposed.
 *
 * <p>Two paths run the same model from the same random draws. The metrics-only fast path keeps
 * primitive counters and builds no command; {@link #runWithEventLog} records every step as a
 * command in the real {@link io.github.peerled.core.engine.GroupEngine} (founding, joining,
 * leaving, sessions, every contribution and intervention, proposals, stances, decisions) and keeps
 * the event log, from which {@link #metricsOf(Scenario, List)} reads the same metrics back.
 *
 * <p>Randomness: one {@link SplittableRandom} per purpose and session, seeded with {@code
 * SplitMix64.mix(SplitMix64.mix(seed, purpose), session)}: attendance, speakers, acts, the policy's
 * own draws, and proposals each have their own stream, and every turn draws the same number of
 * values from the members' streams whatever the policy does. Runs of different arms with the same
 * seed therefore share their attendance and proposal draws (common random numbers).
 *
 * <p>Thread-safe: a run shares nothing with other runs; run as many at once as you like.
 */
public final class Simulation {
  /** When the first session takes place; one session a week after it. */
  public static final Instant START = Instant.parse("2026-01-05T18:00:00Z");

  /** The purpose constant of the attendance stream. */
  public static final long ATTENDANCE = 0x4154_5445_4e44L;

  /** The purpose constant of the speaker stream. */
  public static final long SPEAKERS = 0x5350_4541_4b45L;

  /** The purpose constant of the act stream. */
  public static final long ACTS = 0x4143_5453L;

  /** The purpose constant of the facilitation policy's stream. */
  public static final long POLICY = 0x504f_4c49_4359L;

  /** The purpose constant of the proposal stream. */
  public static final long PROPOSALS = 0x5052_4f50_4f53L;

  /** The purpose constant of the stream of stances taken between sessions (and reminders). */
  public static final long LATE_STANCES = 0x4c41_5445_5354L;

  /** The purpose constant of the stream of a burnt-out facilitator's lapses. */
  public static final long BURNOUT = 0x4255_524e_4f55L;

  private static final Act[] ACTS_BY_ORDINAL = Act.values();

  /**
   * Where a newcomer stands with their first request for support, which decides how likely they are
   * to come back.
   */
  private enum FirstRequest {
    /** They have not asked for support yet. */
    NONE,
    /** They asked in the session under way, and no one has responded yet. */
    PENDING,
    /** Someone responded to it. */
    ANSWERED,
    /** Their session ended with no response to it. */
    UNANSWERED
  }

  private Simulation() {}

  /**
   * Runs a scenario's arm on the metrics-only fast path.
   *
   * @param scenario the scenario
   * @param arm the arm's index in {@link Scenario#arms()}
   * @param seed the run's seed
   * @return the result (run 0, replicate 0)
   * @throws IndexOutOfBoundsException if there is no such arm
   */
  public static RunResult run(Scenario scenario, int arm, long seed) {
    return result(scenario, arm, seed, 0, 0, false);
  }

  /**
   * Runs a scenario's arm through the real engine, keeping the event log.
   *
   * @param scenario the scenario
   * @param arm the arm's index in {@link Scenario#arms()}
   * @param seed the run's seed
   * @return the result, with the events
   * @throws IndexOutOfBoundsException if there is no such arm
   * @throws IllegalStateException if the engine rejects a simulated command (a bug in the model)
   */
  public static RunResult runWithEventLog(Scenario scenario, int arm, long seed) {
    return result(scenario, arm, seed, 0, 0, true);
  }

  /**
   * Reads a run's metrics back from the engine's event log of it. Facilitator terms are replayed
   * with the behaviour's term length; for an arm with its own ({@link PolicyArm#sessionsPerTerm()})
   * use {@link #metricsOf(Scenario, int, List)}.
   *
   * @param scenario the scenario that was run
   * @param events the run's event log
   * @return the metrics
   * @throws IllegalArgumentException if the log is not that of a simulated run of the scenario
   */
  public static RunMetrics metricsOf(
      Scenario scenario, List<? extends io.github.peerled.core.event.GroupEvent> events) {
    return EventLogMetrics.read(scenario, events);
  }

  /**
   * Reads the metrics of a run of one arm back from the engine's event log of it, replaying the
   * arm's facilitator terms ({@link FacilitatorTerms}) from what the log shows.
   *
   * @param scenario the scenario that was run
   * @param arm the arm's index in {@link Scenario#arms()}
   * @param events the run's event log
   * @return the metrics
   * @throws IndexOutOfBoundsException if there is no such arm
   * @throws IllegalArgumentException if the log is not that of a simulated run of the scenario
   */
  public static RunMetrics metricsOf(
      Scenario scenario, int arm, List<? extends io.github.peerled.core.event.GroupEvent> events) {
    return EventLogMetrics.read(scenario, scenario.arms().get(arm), events);
  }

  /**
   * Returns the random stream of one purpose in one session of a run.
   *
   * @param seed the run's seed
   * @param purpose the purpose constant, such as {@link #SPEAKERS}
   * @param session the session's index
   * @return a new stream
   */
  public static SplittableRandom stream(long seed, long purpose, int session) {
    return new SplittableRandom(SplitMix64.mix(SplitMix64.mix(seed, purpose), session));
  }

  /** How many stances a tally counts: every stance taken, silence aside. */
  static int stances(Tally t) {
    return t.agree() + t.concern() + t.abstain() + t.object() + t.disagree();
  }

  static Instant sessionAt(int session) {
    return START.plus(Duration.ofDays(7L * session));
  }

  static RunResult result(
      Scenario scenario, int arm, long seed, int run, int replicate, boolean keepLog) {
    Recorder recorder = keepLog ? new EngineRecorder(scenario) : Recorder.NONE;
    return result(scenario, arm, seed, run, replicate, recorder);
  }

  /** Runs with a given recorder (a fresh one: it records this run only). */
  static RunResult result(
      Scenario scenario, int arm, long seed, int run, int replicate, Recorder recorder) {
    PolicyArm a = scenario.arms().get(arm);
    RunMetrics metrics = new Driver(scenario, a, seed, recorder).run();
    return ImmutableRunResult.builder()
        .run(run)
        .runId(scenario.name() + "/" + a.label() + "/" + replicate)
        .scenario(scenario.name())
        .arm(a.label())
        .replicate(replicate)
        .seed(seed)
        .metrics(metrics)
        .events(recorder.events())
        .build();
  }

  /** The model, its proposals in {@link SimulatedProposals}. One instance per run. */
  @SuppressWarnings("EnumOrdinal") // act weights indexed by ordinal: no map on the hot path
  private static final class Driver {
    private final Scenario scenario;
    private final BehaviourModel b;
    private final long seed;
    private final Recorder recorder;
    private final Facilitator facilitator;
    private final @Nullable TermModel terms;
    private final @Nullable TermFacilitator termFacilitator;
    private final int n;
    private final int founders;
    private final int turnsPerSession;
    private final double[] propensity;
    private final double[][] actWeight;
    private final double[] actTotal;
    private final AliasTable[] actTable;
    private final Tracker tracker;
    private final Floor floor;
    private final int[] missed;
    private final FirstRequest[] firstRequest;
    private final int[] firstRequestNumber;
    private final SimulatedProposals proposals;
    private MemberSet active;

    Driver(Scenario scenario, PolicyArm arm, long seed, Recorder recorder) {
      this.scenario = scenario;
      this.b = scenario.behaviour();
      this.seed = seed;
      this.recorder = recorder;
      this.terms = TermModel.of(scenario, arm);
      Facilitator own = arm.policy().newFacilitator();
      this.termFacilitator = terms == null ? null : new TermFacilitator(own, terms.lapse());
      this.facilitator = termFacilitator == null ? own : termFacilitator;
      this.n = scenario.group().size();
      this.founders = n - scenario.group().newcomers();
      this.turnsPerSession = scenario.turnsPerSession();
      propensity = new double[n];
      actWeight = new double[n][ACTS_BY_ORDINAL.length];
      actTotal = new double[n];
      actTable = new AliasTable[n];
      int[] actIds = new int[ACTS_BY_ORDINAL.length];
      for (int k = 0; k < actIds.length; k++) {
        actIds[k] = k;
      }
      for (int i = 0; i < n; i++) {
        propensity[i] = Members.propensity(b, i);
        Map<Act, Double> w = b.memberActs().getOrDefault(Members.id(i), b.acts());
        for (Act act : ACTS_BY_ORDINAL) {
          actWeight[i][act.ordinal()] = w.getOrDefault(act, 0.0);
          actTotal[i] += actWeight[i][act.ordinal()];
        }
        actTable[i] = new AliasTable(actIds.length);
        actTable[i].rebuild(actIds, actWeight[i], actIds.length);
      }
      tracker = new Tracker(n, n - founders, scenario.sessions());
      floor = new Floor(n, propensity, turnsPerSession, recorder, tracker);
      missed = new int[n];
      firstRequest = new FirstRequest[n];
      Arrays.fill(firstRequest, FirstRequest.NONE);
      firstRequestNumber = new int[n];
      proposals = new SimulatedProposals(b, seed, n, recorder, tracker, facilitator, scenario);
      floor.guidelines = List.copyOf(scenario.group().guidelines());
      active = MemberSet.range(0, n);
    }

    RunMetrics run() {
      recorder.found();
      int sessions = scenario.sessions();
      for (int s = 0; s < sessions; s++) {
        Instant at = sessionAt(s);
        if (proposals.isOpen()) {
          proposals.lateStances(s, at, active);
        }
        if (b.dropOutAfterMissed() > 0) {
          for (int m = 0; m < n; m++) {
            if (active.contains(m) && missed[m] >= b.dropOutAfterMissed()) {
              active = active.without(m);
              recorder.leave(at, m);
            }
          }
        }
        if (terms != null) {
          int worn = terms.dropOut();
          if (worn >= 0 && active.contains(worn)) {
            active = active.without(worn);
            recorder.leave(at, worn);
          }
          terms.startSession(s, active);
          recorder.termHolder(terms.holder());
        }
        if (proposals.isOpen()) {
          proposals.closeProposal(at, active);
        }
        MemberSet present = attendance(s);
        tracker.session(s, active, present);
        if (present.isEmpty()) {
          endPlanned();
          continue;
        }
        recorder.startSession(s, at, present);
        session(s, present);
        tracker.endSession();
        recorder.closeSession();
        proposals.maybePropose(s, present, active);
        endPlanned();
      }
      proposals.endRun(sessionAt(sessions), active);
      return TermModel.with(tracker.finish(active), terms, tracker.unanswered());
    }

    private void endPlanned() {
      if (terms != null) {
        terms.endPlanned();
      }
    }

    private MemberSet attendance(int s) {
      SplittableRandom r = stream(seed, ATTENDANCE, s);
      long[] present = new long[MemberSet.wordsFor(n)];
      for (int m = 0; m < n; m++) {
        double u = r.nextDouble();
        if (!active.contains(m)) {
          continue;
        }
        double p = b.attendance();
        if (terms != null && m == terms.holder()) {
          p = 1.0;
        } else if (m >= founders && firstRequest[m] == FirstRequest.ANSWERED) {
          p = b.newcomerReturnIfAnswered();
        } else if (m >= founders && firstRequest[m] == FirstRequest.UNANSWERED) {
          p = b.newcomerReturnIfUnanswered();
        }
        if (u < p) {
          present[m >> 6] |= 1L << m;
          missed[m] = 0;
        } else {
          missed[m]++;
        }
      }
      return MemberSet.ofWords(present);
    }

    private void session(int s, MemberSet present) {
      SplittableRandom speakers = stream(seed, SPEAKERS, s);
      SplittableRandom acts = stream(seed, ACTS, s);
      floor.begin(s, present, stream(seed, POLICY, s));
      floor.guidelineVersion = proposals.version();
      double contagion = b.traumaContagion();
      if (termFacilitator != null && terms != null) {
        termFacilitator.session(terms.burntOut(), stream(seed, BURNOUT, s));
      }
      int requests = 0;
      int traumaStories = 0;
      facilitator.onSessionStart(floor);
      for (int t = 0; t < turnsPerSession; t++) {
        double uSpeaker = speakers.nextDouble();
        double uAct = acts.nextDouble();
        int speaker = facilitator.chooseSpeaker(floor, uSpeaker);
        if (speaker < 0) {
          speaker = floor.drawByPropensity(uSpeaker, present);
        }
        int k =
            floor.traumaFactor == 1.0 ? drawAct(speaker, uAct) : drawActAvalanche(speaker, uAct);
        Act act = facilitator.shapeAct(floor, speaker, ACTS_BY_ORDINAL[k]);
        int replyTo = 0;
        if (act == Act.RESPOND || act == Act.ADVISE) {
          replyTo = floor.replyTarget(speaker);
          if (replyTo == 0 && act == Act.RESPOND) {
            act = Act.SHARE;
          }
        }
        int number = floor.turn(speaker, act, replyTo, contagion);
        if (act == Act.REQUEST_SUPPORT) {
          requests++;
        } else if (act == Act.TRAUMA_STORY) {
          traumaStories++;
        }
        if (act == Act.REQUEST_SUPPORT
            && speaker >= founders
            && firstRequest[speaker] == FirstRequest.NONE) {
          firstRequest[speaker] = FirstRequest.PENDING;
          firstRequestNumber[speaker] = number;
        }
        if (replyTo > 0) {
          for (int m = founders; m < n; m++) {
            if (firstRequest[m] == FirstRequest.PENDING && firstRequestNumber[m] == replyTo) {
              firstRequest[m] = FirstRequest.ANSWERED;
            }
          }
        }
        tracker.contribution(number, speaker, act, replyTo);
        recorder.contribution(speaker, act, replyTo);
        facilitator.afterTurn(floor, speaker, act);
      }
      for (int m = founders; m < n; m++) {
        if (firstRequest[m] == FirstRequest.PENDING) {
          firstRequest[m] = FirstRequest.UNANSWERED;
        }
      }
      if (terms != null) {
        terms.sessionHeld(requests, traumaStories, floor.silent().size());
      }
    }

    /** Draws an act by the member's weights (no avalanche under way), in constant time. */
    private int drawAct(int member, double u) {
      return actTable[member].draw(u);
    }

    /** Draws an act with the weight of trauma stories multiplied by the avalanche factor. */
    private int drawActAvalanche(int member, double u) {
      double[] w = actWeight[member];
      int trauma = Act.TRAUMA_STORY.ordinal();
      double total = actTotal[member] + (floor.traumaFactor - 1.0) * w[trauma];
      double target = u * total;
      double acc = 0;
      int last = 0;
      for (int k = 0; k < w.length; k++) {
        double wk = k == trauma ? w[k] * floor.traumaFactor : w[k];
        if (wk > 0) {
          acc += wk;
          last = k;
          if (target < acc) {
            return k;
          }
        }
      }
      return last;
    }
  }
}
