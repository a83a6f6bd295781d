package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.internal.ClosingRules;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The count of a closed proposal and what it means: who could take a stance, who did, whether
 * quorum was met, and the outcome with a plain explanation. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
public interface Tally {
  /**
   * Returns the method counted by.
   *
   * @return the method
   */
  DecisionMethod method();

  /**
   * Returns how many counted: the members of the electorate (frozen when the proposal opened) who
   * were still active peers when it closed. Quorum and silence are measured on them.
   *
   * @return the number of members who counted
   */
  int electorate();

  /**
   * Returns how many agreed.
   *
   * @return the count
   */
  int agree();

  /**
   * Returns how many agreed with a concern.
   *
   * @return the count
   */
  int concern();

  /**
   * Returns how many abstained.
   *
   * @return the count
   */
  int abstain();

  /**
   * Returns how many objected or blocked.
   *
   * @return the count
   */
  int object();

  /**
   * Returns how many voted against without a reason ({@link StanceKind#DISAGREE}, majority and
   * supermajority only). Tallies recorded before this count existed read as zero.
   *
   * @return the count
   */
  @Value.Default
  default int disagree() {
    return 0;
  }

  /**
   * Returns how many in the electorate took no stance.
   *
   * @return the count
   */
  int silent();

  /**
   * Tells whether silent members were counted as agreeing (only if the procedure says so).
   *
   * @return true if silence counted as consent
   */
  boolean silenceCountedAsConsent();

  /**
   * Returns how many had to take part for quorum.
   *
   * @return the count
   */
  int quorumRequired();

  /**
   * Returns how many took part (took a stance, or counted as consenting by silence).
   *
   * @return the count
   */
  int participated();

  /**
   * Tells whether quorum was met.
   *
   * @return true if quorum was met
   */
  boolean quorumMet();

  /**
   * Tells whether a majority vote was tied and the tie rule decided.
   *
   * @return true for a tie
   */
  boolean tie();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  Outcome outcome();

  /**
   * Returns the outcome explained in one plain sentence.
   *
   * @return the explanation
   */
  String explanation();

  /**
   * Counts the stances of a proposal. Stances of members outside the given electorate are ignored.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param electorate the members who count: the electorate frozen at the opening, less those no
   *     longer active peers at the close
   * @param stances the stances, the latest of each member
   * @param proposerDecision under the advice process, the proposer's decision (true to adopt);
   *     ignored under other methods
   * @return the tally
   */
  static Tally count(
      DecisionProcedure procedure,
      Collection<MemberId> electorate,
      List<Stance> stances,
      Optional<Boolean> proposerDecision) {
    Map<MemberId, Stance> byMember = new HashMap<>();
    for (Stance s : stances) {
      byMember.put(s.member(), s);
    }
    return count(procedure, electorate, byMember, proposerDecision);
  }

  /**
   * Counts stances given by member. Stances of members outside the given electorate are ignored.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param electorate the members who count: the electorate frozen at the opening, less those no
   *     longer active peers at the close
   * @param stances the latest stance of each member who took one
   * @param proposerDecision under the advice process, the proposer's decision (true to adopt);
   *     ignored under other methods
   * @return the tally
   */
  static Tally count(
      DecisionProcedure procedure,
      Collection<MemberId> electorate,
      Map<MemberId, Stance> stances,
      Optional<Boolean> proposerDecision) {
    int agree = 0;
    int concern = 0;
    int abstain = 0;
    int object = 0;
    int disagree = 0;
    for (MemberId m : electorate) {
      Stance s = stances.get(m);
      if (s == null) {
        continue;
      }
      switch (s.kind()) {
        case AGREE -> agree++;
        case CONCERN -> concern++;
        case ABSTAIN -> abstain++;
        case OBJECT -> object++;
        case DISAGREE -> disagree++;
      }
    }
    return ClosingRules.tally(
        procedure, electorate.size(), agree, concern, abstain, object, disagree, proposerDecision);
  }
}
