package io.github.peerled.core.internal;

import io.github.peerled.core.decision.DecisionMethod;
import io.github.peerled.core.decision.DecisionProcedure;
import io.github.peerled.core.decision.ImmutableTally;
import io.github.peerled.core.decision.Outcome;
import io.github.peerled.core.decision.Proposal;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.decision.Tally;
import io.github.peerled.core.decision.TieRule;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The rules for closing a proposal, kept in one place: when it may be closed, when it has lapsed,
 * who may close it, and what a count of stances means under a procedure. The engine closes
 * proposals by these rules, {@link Proposal#statusAt} and {@link Tally#count} apply them, and the
 * simulation's metrics-only path calls them too, so the two paths cannot drift apart. Not part of
 * the API: internal use only.
 *
 * <p>Pure functions of their arguments: stateless and thread-safe.
 */
public final class ClosingRules {
  private ClosingRules() {}

  /**
   * Returns when the discussion of a proposal ends.
   *
   * @param openedAt when the proposal opened
   * @param procedure the procedure frozen when it opened
   * @return the end of its discussion period
   */
  public static Instant discussedUntil(Instant openedAt, DecisionProcedure procedure) {
    return openedAt.plus(procedure.discussionPeriod());
  }

  /**
   * Tells whether it is too early to close a proposal: its discussion period is not over and
   * someone in its electorate has not yet taken a stance.
   *
   * @param now the instant of the close
   * @param openedAt when the proposal opened
   * @param procedure the procedure frozen when it opened
   * @param everyoneTookAStance whether every member of the electorate has taken a stance; asked
   *     only within the discussion period
   * @return true if the proposal may not be closed yet
   */
  public static boolean tooEarlyToClose(
      Instant now,
      Instant openedAt,
      DecisionProcedure procedure,
      BooleanSupplier everyoneTookAStance) {
    return now.isBefore(discussedUntil(openedAt, procedure)) && !everyoneTookAStance.getAsBoolean();
  }

  /**
   * Returns the instant from which an open proposal has lapsed.
   *
   * @param openedAt when the proposal opened
   * @param procedure the procedure frozen when it opened
   * @return its deadline
   */
  public static Instant expiresAt(Instant openedAt, DecisionProcedure procedure) {
    return openedAt.plus(procedure.deadline());
  }

  /**
   * Returns the instant from which an open proposal is announced as closing soon: its procedure's
   * closing-soon window before its deadline, and not before it opened.
   *
   * @param openedAt when the proposal opened
   * @param procedure the procedure frozen when it opened
   * @return the start of its closing-soon window
   */
  public static Instant closingSoonAt(Instant openedAt, DecisionProcedure procedure) {
    Instant at = expiresAt(openedAt, procedure).minus(procedure.closingSoon());
    return at.isBefore(openedAt) ? openedAt : at;
  }

  /**
   * Tells whether an open proposal has lapsed: its deadline has come, and it can no longer be
   * closed, only expire not adopted.
   *
   * @param now the instant
   * @param openedAt when the proposal opened
   * @param procedure the procedure frozen when it opened
   * @return true from the deadline on
   */
  public static boolean lapsed(Instant now, Instant openedAt, DecisionProcedure procedure) {
    return !now.isBefore(expiresAt(openedAt, procedure));
  }

  /**
   * Tells whether the method counts votes, for and against: majority and supermajority.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @return true under majority and supermajority
   */
  public static boolean countsVotes(DecisionProcedure procedure) {
    return procedure.method() == DecisionMethod.MAJORITY
        || procedure.method() == DecisionMethod.SUPERMAJORITY;
  }

  /** The verb of the members against, for the tally's explanation. */
  private static String against(int object, int disagree) {
    if (disagree == 0) {
      return " objected";
    }
    return object == 0 ? " disagreed" : " disagreed or objected";
  }

  /**
   * Tells whether the stance is allowed under the procedure.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param kind the stance
   * @return false only for {@link StanceKind#DISAGREE} under a method that does not count votes
   */
  public static boolean allows(DecisionProcedure procedure, StanceKind kind) {
    return kind != StanceKind.DISAGREE || countsVotes(procedure);
  }

  /**
   * Tells whether whoever closes a proposal gives the decision, rather than the tally: so under the
   * advice process.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @return true under the advice process
   */
  public static boolean closerDecides(DecisionProcedure procedure) {
    return procedure.method() == DecisionMethod.ADVICE_PROCESS;
  }

  /**
   * Tells whether a peer may close a proposal: under the advice process only its proposer, under
   * any other method any peer. That the closer is an active peer is checked before, for every
   * command alike.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param closerIsProposer whether the closer proposed it
   * @return true if they may close it
   */
  public static boolean mayClose(DecisionProcedure procedure, boolean closerIsProposer) {
    return closerIsProposer || !closerDecides(procedure);
  }

  /**
   * Returns how many members must take part for quorum.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param electorate how many members count
   * @return the smallest whole number at least the quorum's share of them
   */
  public static int quorumRequired(DecisionProcedure procedure, int electorate) {
    return (int) Math.ceil(procedure.quorum() * electorate - 1e-9);
  }

  /**
   * Returns a tally with the objections still open taken into account: under consent and consensus
   * an open objection of a member who counts stops the proposal, even one raised on an earlier
   * revision whose author has not taken a stance on the current one. Other methods count only the
   * stances.
   *
   * @param tally the count of the stances on the current revision
   * @param openObjections how many objections of members who count are still open
   * @return the tally, not adopted if an open objection stops it
   */
  public static Tally withOpenObjections(Tally tally, int openObjections) {
    boolean stops =
        tally.method() == DecisionMethod.CONSENT || tally.method() == DecisionMethod.CONSENSUS;
    if (!stops || openObjections == 0 || tally.outcome() != Outcome.ADOPTED) {
      return tally;
    }
    return ImmutableTally.copyOf(tally)
        .withOutcome(Outcome.NOT_ADOPTED)
        .withExplanation(
            openObjections
                + " objection(s) raised on an earlier revision are still open; their authors"
                + " integrate or withdraw them");
  }

  /**
   * Counts a proposal's stances under its procedure, from how many of the members who count took
   * each stance.
   *
   * @param procedure the procedure frozen when the proposal opened
   * @param electorate how many members count: the electorate frozen at the opening, less those no
   *     longer active peers at the close
   * @param agree how many of them agreed
   * @param concern how many agreed with a concern
   * @param abstain how many abstained
   * @param object how many objected or blocked
   * @param disagree how many voted against without a reason (majority and supermajority only)
   * @param proposerDecision under the advice process, the proposer's decision (true to adopt);
   *     ignored under other methods
   * @return the tally
   */
  public static Tally tally(
      DecisionProcedure procedure,
      int electorate,
      int agree,
      int concern,
      int abstain,
      int object,
      int disagree,
      Optional<Boolean> proposerDecision) {
    int size = electorate;
    int took = agree + concern + abstain + object + disagree;
    int silent = size - took;
    boolean silenceConsents = procedure.silenceIsConsent();
    int participated = silenceConsents ? size : took;
    int quorumRequired = quorumRequired(procedure, size);
    boolean quorumMet = participated > 0 && participated >= quorumRequired;
    int yes = agree + concern + (silenceConsents ? silent : 0);
    int no = object + disagree;
    boolean tie = false;
    boolean adopted;
    String why;
    if (!quorumMet) {
      adopted = false;
      why =
          "quorum not met: "
              + participated
              + " of "
              + size
              + " took part, "
              + quorumRequired
              + " needed";
    } else {
      switch (procedure.method()) {
        case CONSENT -> {
          adopted = no == 0;
          why = adopted ? "no member objected" : no + " member(s) objected";
        }
        case CONSENSUS -> {
          adopted = no == 0 && yes > 0;
          why =
              no > 0
                  ? no + " member(s) blocked"
                  : adopted ? "everyone who took a stance agreed" : "nobody agreed";
        }
        case MAJORITY -> {
          if (yes == 0 && no == 0) {
            adopted = false; // everyone abstained: no tie for the tie rule to break
            why = "nobody agreed or objected";
          } else if (yes == no) {
            tie = true;
            adopted = procedure.tieRule() == TieRule.ADOPTED;
            why =
                "tied "
                    + yes
                    + " to "
                    + no
                    + (adopted ? "; the tie rule adopts it" : "; it needs more discussion");
          } else {
            adopted = yes > no;
            why = yes + " agreed, " + no + against(object, disagree);
          }
        }
        case SUPERMAJORITY -> {
          int needed = (int) Math.ceil(procedure.threshold() * (yes + no) - 1e-9);
          adopted = yes + no > 0 && yes >= needed;
          why = yes + " of " + (yes + no) + " agreed, " + needed + " needed";
        }
        case ADVICE_PROCESS -> {
          adopted = proposerDecision.orElse(false);
          why =
              "the proposer "
                  + (adopted ? "decided to adopt it" : "decided not to adopt it")
                  + " after "
                  + took
                  + " member(s) gave advice";
        }
        default -> throw new IllegalStateException("unknown method " + procedure.method());
      }
    }
    return ImmutableTally.builder()
        .method(procedure.method())
        .electorate(size)
        .agree(agree)
        .concern(concern)
        .abstain(abstain)
        .object(object)
        .disagree(disagree)
        .silent(silent)
        .silenceCountedAsConsent(silenceConsents)
        .quorumRequired(quorumRequired)
        .participated(participated)
        .quorumMet(quorumMet)
        .tie(tie)
        .outcome(adopted ? Outcome.ADOPTED : Outcome.NOT_ADOPTED)
        .explanation(why)
        .build();
  }
}
