package io.github.peerled.core.sim;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator terms and burn-out of {@link FacilitatorTerms}, as a state machine over the
 * planned sessions. It draws no random numbers: the fast path feeds it as it goes, and {@link
 * EventLogMetrics} feeds it the same facts from the event log, so both reach the same holders and
 * strains. Per planned session: {@link #dropOut()}, {@link #startSession}, then {@link
 * #sessionHeld} if the session was held, then {@link #endPlanned()}. Not thread-safe: one per run.
 */
final class TermModel {
  private final FacilitatorTerms p;
  private final int sessionsPerTerm;
  private final int founders;
  private final double[] strain;
  private final boolean[] held;
  private int holder = -1;
  private int lastHolder;
  private int termStart;
  private boolean burntOut;
  private int terms;
  private int facilitators;
  private int episodes;
  private int burntOutSessions;
  private int dropOuts;

  private TermModel(FacilitatorTerms p, int sessionsPerTerm, int size, int founders) {
    this.p = p;
    this.sessionsPerTerm = sessionsPerTerm;
    this.founders = founders;
    this.strain = new double[size];
    this.held = new boolean[size];
    this.lastHolder = founders - 1;
  }

  /**
   * Returns the term length of an arm: the arm's own, else the behaviour's.
   *
   * @return 0 if the arm has no terms
   */
  static int sessionsPerTerm(Scenario scenario, PolicyArm arm) {
    return arm.sessionsPerTerm()
        .orElseGet(
            () ->
                scenario
                    .behaviour()
                    .facilitatorTerms()
                    .map(FacilitatorTerms::sessionsPerTerm)
                    .orElse(0));
  }

  /** The model of an arm, or null if the arm has no terms. */
  static @Nullable TermModel of(Scenario scenario, PolicyArm arm) {
    int length = sessionsPerTerm(scenario, arm);
    if (length == 0) {
      return null;
    }
    FacilitatorTerms p =
        scenario.behaviour().facilitatorTerms().orElseGet(FacilitatorTerms::ofDefaults);
    GroupSpec g = scenario.group();
    return new TermModel(p, length, g.size(), g.size() - g.newcomers());
  }

  /** The lapse probability of a burnt-out holder. */
  double lapse() {
    return p.lapse();
  }

  /**
   * Before a planned session: the holder who leaves worn out (then nobody holds the term), or -1.
   */
  int dropOut() {
    if (holder >= 0 && strain[holder] >= p.dropOutThreshold()) {
      int leaving = holder;
      dropOuts++;
      holder = -1;
      return leaving;
    }
    return -1;
  }

  /**
   * At the start of planned session {@code s}, with those still in the group: hands the term on if
   * it ended or its holder left, and tells whether the holder is burnt out.
   */
  void startSession(int s, MemberSet active) {
    if (holder < 0 || !active.contains(holder) || s - termStart >= sessionsPerTerm) {
      int from = holder >= 0 ? holder : lastHolder;
      holder = -1;
      for (int k = 1; k <= founders; k++) {
        int m = (from + k) % founders;
        if (active.contains(m)) {
          holder = m;
          break;
        }
      }
      if (holder >= 0) {
        lastHolder = holder;
        termStart = s;
        terms++;
        if (!held[holder]) {
          held[holder] = true;
          facilitators++;
        }
      }
    }
    burntOut = holder >= 0 && strain[holder] >= p.burnoutThreshold();
  }

  /** The member holding the term in the session under way, or -1. */
  int holder() {
    return holder;
  }

  /** Whether the holder is burnt out in the session under way. */
  boolean burntOut() {
    return burntOut;
  }

  /** The session was held: the holder's strain grows with its load. */
  void sessionHeld(int requests, int traumaStories, int silent) {
    if (holder < 0) {
      return;
    }
    if (burntOut) {
      burntOutSessions++;
    }
    double before = strain[holder];
    double after =
        before
            + p.strainPerSession()
            + p.strainPerRequest() * requests
            + p.strainPerTraumaStory() * traumaStories
            + p.strainPerSilentMember() * silent;
    strain[holder] = after;
    if (before < p.burnoutThreshold() && after >= p.burnoutThreshold()) {
      episodes++;
    }
  }

  /** After a planned session: everyone off duty recovers. */
  void endPlanned() {
    double keep = 1 - p.recovery();
    for (int m = 0; m < strain.length; m++) {
      if (m != holder) {
        strain[m] *= keep;
      }
    }
  }

  /** The run's term metrics, with the requests left unanswered. */
  TermMetrics finish(int unansweredRequests) {
    return ImmutableTermMetrics.builder()
        .sessionsPerTerm(sessionsPerTerm)
        .terms(terms)
        .facilitators(facilitators)
        .burnoutEpisodes(episodes)
        .sessionsWithBurntOutFacilitator(burntOutSessions)
        .facilitatorDropOuts(dropOuts)
        .unansweredRequests(unansweredRequests)
        .build();
  }

  /** Adds the term metrics of a model, if any, to a run's metrics. */
  static RunMetrics with(RunMetrics m, @Nullable TermModel t, int unanswered) {
    return t == null
        ? m
        : ImmutableRunMetrics.copyOf(m).withFacilitatorTerms(Optional.of(t.finish(unanswered)));
  }
}
