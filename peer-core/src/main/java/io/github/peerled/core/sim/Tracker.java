package io.github.peerled.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Folds what happened in a run (who attended, who said what in reply to what, interventions,
 * decisions) into {@link RunMetrics}. It knows nothing of the model: the fast path feeds it as it
 * goes, and {@link EventLogMetrics} feeds it from the engine's event log, so that the two can be
 * compared.
 */
@SuppressWarnings("EnumOrdinal") // counters indexed by ordinal: no map on the hot path
final class Tracker {
  private final int size;
  private final int founders;
  private final int sessions;
  private final int[] turns;
  private int[] requestTurn = new int[256];
  private int maxNumber;
  private MemberSet present = MemberSet.empty();
  private int presentCount;
  private int sessionTurns;

  private final long[] totalTurns;
  private final int[] attended;
  private final double[] attendanceCurve;
  private final double[] retentionCurve;
  private final int[] interventionCounts = new int[InterventionKind.values().length];
  private final int[] sorted;
  private int held;
  private double giniSum;
  private double topSum;
  private int memberTurns;
  private int requests;
  private int unanswered;
  private int answered;
  private long delaySum;
  private int advice;
  private int trauma;
  private int proposals;
  private int adopted;
  private int failed;
  private int closed;
  private long electorateAtClose;
  private long stancesAtClose;
  private int quorumsMet;

  Tracker(int size, int newcomers, int sessions) {
    this.size = size;
    this.founders = size - newcomers;
    this.sessions = sessions;
    this.turns = new int[size];
    this.sorted = new int[size];
    this.totalTurns = new long[size];
    this.attended = new int[size];
    this.attendanceCurve = new double[sessions];
    this.retentionCurve = new double[sessions];
  }

  /** A planned session: who is in the group and who is present (none: not held). */
  void session(int index, MemberSet active, MemberSet present) {
    retentionCurve[index] = (double) active.size() / size;
    attendanceCurve[index] = (double) present.size() / size;
    this.present = present;
    this.presentCount = present.size();
    for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
      attended[i]++;
    }
    Arrays.fill(turns, 0);
    sessionTurns = 0;
  }

  /** A member's contribution, numbered in the session; {@code replyTo} 0 for none. */
  void contribution(int number, int author, Act act, int replyTo) {
    if (number >= requestTurn.length) {
      requestTurn = Arrays.copyOf(requestTurn, Math.max(number + 1, requestTurn.length * 2));
    }
    for (int k = maxNumber + 1; k <= number; k++) {
      requestTurn[k] = 0;
    }
    if (number > maxNumber) {
      maxNumber = number;
    }
    sessionTurns++;
    turns[author]++;
    if (replyTo > 0 && requestTurn[replyTo] > 0) {
      delaySum += sessionTurns - requestTurn[replyTo];
      answered++;
      requestTurn[replyTo] = -requestTurn[replyTo];
    }
    switch (act) {
      case REQUEST_SUPPORT -> {
        requests++;
        requestTurn[number] = sessionTurns;
      }
      case ADVISE -> advice++;
      case TRAUMA_STORY -> trauma++;
      default -> {}
    }
  }

  /** How many requests for support got no response in their session, so far. */
  int unanswered() {
    return unanswered;
  }

  void intervention(InterventionKind kind) {
    interventionCounts[kind.ordinal()]++;
  }

  /** The end of a session that was held. */
  void endSession() {
    for (int k = 1; k <= maxNumber; k++) {
      if (requestTurn[k] > 0) {
        unanswered++;
      }
    }
    maxNumber = 0;
    held++;
    memberTurns += sessionTurns;
    int n = 0;
    int max = 0;
    for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
      int x = turns[i];
      totalTurns[i] += x;
      max = Math.max(max, x);
      // insertion sort, ascending
      int j = n++;
      while (j > 0 && sorted[j - 1] > x) {
        sorted[j] = sorted[j - 1];
        j--;
      }
      sorted[j] = x;
    }
    giniSum += gini(sorted, presentCount, sessionTurns);
    topSum += sessionTurns == 0 ? 0 : (double) max / sessionTurns;
  }

  void proposalMade() {
    proposals++;
  }

  /**
   * Counts a proposal closed with a tally: the members who counted, how many of them took a stance,
   * and whether quorum was met.
   */
  void proposalClosed(int counted, int stances, boolean quorumMet) {
    closed++;
    electorateAtClose += counted;
    stancesAtClose += stances;
    if (quorumMet) {
      quorumsMet++;
    }
  }

  void proposalDecided(boolean wasAdopted) {
    if (wasAdopted) {
      adopted++;
    } else {
      failed++;
    }
  }

  /** Gini of {@code n} ascending counts summing to {@code total}. */
  static double gini(int[] ascending, int n, int total) {
    if (n == 0 || total == 0) {
      return 0;
    }
    long weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (long) (2 * (i + 1) - n - 1) * ascending[i];
    }
    return (double) weighted / ((double) n * total);
  }

  /** Fits {@code r} of {@code p_i ∝ r^(i-1)} to counts; NaN with fewer than two positive ones. */
  static double fitR(long[] counts) {
    long[] c = counts.clone();
    Arrays.sort(c);
    int k = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int i = c.length - 1; i >= 0 && c[i] > 0; i--) {
      double x = k++;
      double y = StrictMath.log((double) c[i]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    if (k < 2) {
      return Double.NaN;
    }
    double slope = (k * sxy - sx * sy) / (k * sxx - sx * sx);
    return StrictMath.exp(slope);
  }

  RunMetrics finish(MemberSet active) {
    Map<InterventionKind, Integer> byKind = new EnumMap<>(InterventionKind.class);
    int interventions = 0;
    for (InterventionKind k : InterventionKind.values()) {
      byKind.put(k, interventionCounts[k.ordinal()]);
      interventions += interventionCounts[k.ordinal()];
    }
    List<Double> att = new ArrayList<>(sessions);
    List<Double> ret = new ArrayList<>(sessions);
    double attSum = 0;
    for (int s = 0; s < sessions; s++) {
      att.add(attendanceCurve[s]);
      ret.add(retentionCurve[s]);
      attSum += attendanceCurve[s];
    }
    List<Integer> perMember = new ArrayList<>(size);
    List<Integer> turnsPerMember = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      perMember.add(attended[i]);
      turnsPerMember.add((int) totalTurns[i]);
    }
    int newcomers = size - founders;
    MemberSet newcomerSet = MemberSet.range(founders, size);
    return ImmutableRunMetrics.builder()
        .sessionsHeld(held)
        .memberTurns(memberTurns)
        .meanGini(held == 0 ? Double.NaN : giniSum / held)
        .meanTopSpeakerShare(held == 0 ? Double.NaN : topSum / held)
        .fittedR(fitR(totalTurns))
        .requests(requests)
        .unansweredRequestRate(requests == 0 ? Double.NaN : (double) unanswered / requests)
        .meanTurnsToFirstResponse(answered == 0 ? Double.NaN : (double) delaySum / answered)
        .adviceShare(memberTurns == 0 ? Double.NaN : (double) advice / memberTurns)
        .traumaStories(trauma)
        .interventions(interventions)
        .interventionsByKind(byKind)
        .meanAttendance(attSum / sessions)
        .retention((double) active.size() / size)
        .newcomerRetention(
            newcomers == 0 ? Double.NaN : (double) active.and(newcomerSet).size() / newcomers)
        .attendanceCurve(att)
        .retentionCurve(ret)
        .sessionsAttended(perMember)
        .turnsPerMember(turnsPerMember)
        .proposals(proposals)
        .proposalsClosed(closed)
        .electorateAtClose(electorateAtClose)
        .stancesAtClose(stancesAtClose)
        .quorumsMet(quorumsMet)
        .guidelineVersionsAdopted(adopted)
        .proposalsFailed(failed)
        .build();
  }
}
