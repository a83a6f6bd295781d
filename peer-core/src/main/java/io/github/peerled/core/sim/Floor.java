package io.github.peerled.core.sim;

import io.github.peerled.core.guideline.Clause;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The live floor of one simulated session, as a facilitator sees it: who is present, who has spoken
 * how often, which requests for support are pending, and the means to act ({@link
 * #intervene(InterventionKind)}). Members are numbered 0 to {@code size() - 1} (member {@code i} is
 * {@code m0(i+1)}); sets of members are {@link MemberSet}s.
 *
 * <p>Not thread-safe: it belongs to one run.
 */
public final class Floor {
  final int size;
  final double[] propensity;
  final int[] turns;
  final int[] pendingNumber;
  final int[] pendingAuthor;
  int pendingCount;
  MemberSet present = MemberSet.empty();
  int presentCount;
  private final int[] presentIndex;
  private final double[] presentWeight;
  private final AliasTable presentTable;
  int session;
  int memberTurns;
  int contributions;
  int lastSpeaker = -1;
  int lastNumber;
  int lastReplyTo;
  double traumaFactor = 1.0;
  SplittableRandom policyRandom = new SplittableRandom(0);
  List<Clause> guidelines = List.of();
  int guidelineVersion;
  final Recorder recorder;
  final Tracker tracker;

  Floor(int size, double[] propensity, int turnsPerSession, Recorder recorder, Tracker tracker) {
    this.size = size;
    this.propensity = propensity;
    this.turns = new int[size];
    this.presentIndex = new int[size];
    this.presentWeight = new double[size];
    this.presentTable = new AliasTable(size);
    this.pendingNumber = new int[turnsPerSession + 1];
    this.pendingAuthor = new int[turnsPerSession + 1];
    this.recorder = recorder;
    this.tracker = tracker;
  }

  void begin(int session, MemberSet present, SplittableRandom policyRandom) {
    this.session = session;
    this.present = present;
    this.presentCount = present.size();
    this.policyRandom = policyRandom;
    int k = 0;
    for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
      presentIndex[k] = i;
      presentWeight[k] = propensity[i];
      k++;
    }
    presentTable.rebuild(presentIndex, presentWeight, k);
    java.util.Arrays.fill(turns, 0);
    pendingCount = 0;
    memberTurns = 0;
    contributions = 0;
    lastSpeaker = -1;
    lastNumber = 0;
    lastReplyTo = 0;
    traumaFactor = 1.0;
  }

  /**
   * Returns the number of people in the group.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the session's index.
   *
   * @return 0 for the first session of the run
   */
  public int session() {
    return session;
  }

  /**
   * Returns who is present.
   *
   * @return the members present
   */
  public MemberSet present() {
    return present;
  }

  /**
   * Returns how many are present.
   *
   * @return the count
   */
  public int presentCount() {
    return presentCount;
  }

  /**
   * Tells whether a member is present.
   *
   * @param member the member's index
   * @return true if present
   */
  public boolean isPresent(int member) {
    return present.contains(member);
  }

  /**
   * Returns a member's speaking propensity.
   *
   * @param member the member's index
   * @return the weight
   * @throws ArrayIndexOutOfBoundsException if there is no such member
   */
  public double propensity(int member) {
    return propensity[member];
  }

  /**
   * Returns how many turns a member has taken in this session.
   *
   * @param member the member's index
   * @return the count
   * @throws ArrayIndexOutOfBoundsException if there is no such member
   */
  public int turns(int member) {
    return turns[member];
  }

  /**
   * Returns how many member turns have been taken in this session.
   *
   * @return the count
   */
  public int turnsTaken() {
    return memberTurns;
  }

  /**
   * Returns the members present who have not spoken yet in this session.
   *
   * @return the members, a new set
   */
  public MemberSet silent() {
    if (present.words == null) {
      long m = 0;
      long p = present.low;
      while (p != 0) {
        int i = Long.numberOfTrailingZeros(p);
        p &= p - 1;
        if (turns[i] == 0) {
          m |= 1L << i;
        }
      }
      return MemberSet.of64(m);
    }
    long[] w = new long[present.wordCount()];
    for (int i = present.next(0); i >= 0; i = present.next(i + 1)) {
      if (turns[i] == 0) {
        w[i >> 6] |= 1L << i;
      }
    }
    return MemberSet.ofWords(w);
  }

  /**
   * Returns who spoke last.
   *
   * @return the member's index, or -1 before the first turn
   */
  public int lastSpeaker() {
    return lastSpeaker;
  }

  /**
   * Returns how many requests for support are pending (not yet responded to).
   *
   * @return the count
   */
  public int pendingRequests() {
    return pendingCount;
  }

  /**
   * Tells whether a request for support by someone other than a member is pending.
   *
   * @param member the member's index
   * @return true if someone else's request waits for a response
   */
  public boolean hasPendingRequestFromOthers(int member) {
    for (int k = 0; k < pendingCount; k++) {
      if (pendingAuthor[k] != member) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the clauses of the guidelines in force, for policies that apply the group's rules (the
   * simulator adopts guideline versions by number; their clauses stay those of the scenario).
   *
   * @return the clauses, in order
   */
  public List<Clause> guidelines() {
    return guidelines;
  }

  /**
   * Returns the number of the latest member contribution in this session, as recorded (the
   * facilitator's interventions are numbered too, as in the event log).
   *
   * @return the number; 0 before the first member turn
   */
  public int lastContribution() {
    return lastNumber;
  }

  /**
   * Returns the contribution the latest member contribution replied to.
   *
   * @return its number; 0 if it replied to none, or before the first member turn
   */
  public int lastReplyTo() {
    return lastReplyTo;
  }

  /**
   * Returns the number of the guideline version in force.
   *
   * @return the version
   */
  public int guidelineVersion() {
    return guidelineVersion;
  }

  /**
   * Returns the policies' own random stream for this session.
   *
   * @return the stream
   */
  public SplittableRandom policyRandom() {
    return policyRandom;
  }

  /**
   * Draws a member among a set with probability proportional to their speaking propensity. Members
   * with zero propensity are drawn only if everyone in the set has zero propensity (then
   * uniformly).
   *
   * @param u a uniform draw in [0, 1)
   * @param members the set of members, all of them in the group
   * @return the member's index, or -1 if the set is empty
   * @throws ArrayIndexOutOfBoundsException if a member of the set is not in the group
   */
  public int drawByPropensity(double u, MemberSet members) {
    if (members.words == null) {
      return drawBits(u, members.low);
    }
    if (members.isEmpty()) {
      return -1;
    }
    if (members.equals(present) && !presentTable.isEmpty()) {
      return presentTable.draw(u);
    }
    double total = 0;
    for (int i = members.next(0); i >= 0; i = members.next(i + 1)) {
      total += propensity[i];
    }
    if (!(total > 0)) {
      return members.nth((int) (u * members.size()));
    }
    double target = u * total;
    double acc = 0;
    int last = -1;
    for (int i = members.next(0); i >= 0; i = members.next(i + 1)) {
      if (propensity[i] > 0) {
        acc += propensity[i];
        last = i;
        if (target < acc) {
          return i;
        }
      }
    }
    return last;
  }

  /**
   * Draws among members 0 to 63 given as a bit mask, as {@link #drawByPropensity(double,
   * MemberSet)} does (the alias table if the mask is everyone present).
   */
  int drawBits(double u, long mask) {
    if (mask == 0) {
      return -1;
    }
    if (present.words == null && mask == present.low && !presentTable.isEmpty()) {
      return presentTable.draw(u);
    }
    double total = 0;
    long m = mask;
    while (m != 0) {
      int i = Long.numberOfTrailingZeros(m);
      m &= m - 1;
      total += propensity[i];
    }
    if (!(total > 0)) {
      return MemberSet.nthBit(mask, (int) (u * Long.bitCount(mask)));
    }
    double target = u * total;
    double acc = 0;
    m = mask;
    int last = -1;
    while (m != 0) {
      int i = Long.numberOfTrailingZeros(m);
      m &= m - 1;
      if (propensity[i] > 0) {
        acc += propensity[i];
        last = i;
        if (target < acc) {
          return i;
        }
      }
    }
    return last;
  }

  /**
   * Makes the facilitator intervene: the intervention is counted and recorded as the facilitator's
   * contribution. A {@link InterventionKind#SAFETY} intervention also calms the session: the
   * avalanche of trauma stories stops.
   *
   * @param kind what the facilitator does
   */
  public void intervene(InterventionKind kind) {
    contributions++;
    if (kind == InterventionKind.SAFETY) {
      traumaFactor = 1.0;
    }
    tracker.intervention(kind);
    recorder.intervention(kind);
  }

  // ---- used by the simulator ----

  /** Returns the number of the contribution a response of {@code member} replies to, or 0. */
  int replyTarget(int member) {
    for (int k = 0; k < pendingCount; k++) {
      if (pendingAuthor[k] != member) {
        return pendingNumber[k];
      }
    }
    return lastSpeaker >= 0 && lastSpeaker != member ? lastNumber : 0;
  }

  /** Records a member's turn; returns its contribution number. */
  int turn(int member, Act act, int replyTo, double contagion) {
    int number = ++contributions;
    turns[member]++;
    memberTurns++;
    if (replyTo > 0) {
      for (int k = 0; k < pendingCount; k++) {
        if (pendingNumber[k] == replyTo) {
          for (int j = k + 1; j < pendingCount; j++) {
            pendingNumber[j - 1] = pendingNumber[j];
            pendingAuthor[j - 1] = pendingAuthor[j];
          }
          pendingCount--;
          break;
        }
      }
    }
    if (act == Act.REQUEST_SUPPORT) {
      pendingNumber[pendingCount] = number;
      pendingAuthor[pendingCount] = member;
      pendingCount++;
    } else if (act == Act.TRAUMA_STORY) {
      traumaFactor = Math.min(traumaFactor * contagion, 1e9);
    }
    lastSpeaker = member;
    lastNumber = number;
    lastReplyTo = replyTo;
    return number;
  }
}
