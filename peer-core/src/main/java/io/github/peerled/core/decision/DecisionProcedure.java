package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one kind of decision is made: the method, the quorum, the threshold, whether silence counts
 * as consent, how ties go, and how long a proposal stays open. Decision procedures are data: the
 * group chooses them in its governance settings and changes them by a decision. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionProcedure.class)
@JsonDeserialize(as = ImmutableDecisionProcedure.class)
public interface DecisionProcedure {
  /**
   * Returns the method.
   *
   * @return the method
   */
  DecisionMethod method();

  /**
   * Returns the quorum: the fraction of the electorate that must take a stance (abstaining counts)
   * for a decision to be valid. Measured on members who actually took a stance.
   *
   * @return a fraction in [0, 1]; 0.5 unless set
   */
  @Value.Default
  default double quorum() {
    return 0.5;
  }

  /**
   * Returns the fraction of those who agree or object that must agree, under {@link
   * DecisionMethod#SUPERMAJORITY}.
   *
   * @return a fraction in (0.5, 1]; 2/3 unless set
   */
  @Value.Default
  default double threshold() {
    return 2.0 / 3.0;
  }

  /**
   * Tells whether members who take no stance count as agreeing. Silence is not consent unless the
   * group says so here.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean silenceIsConsent() {
    return false;
  }

  /**
   * Returns what a tie means under majority voting.
   *
   * @return {@link TieRule#NOT_ADOPTED} unless set
   */
  @Value.Default
  default TieRule tieRule() {
    return TieRule.NOT_ADOPTED;
  }

  /**
   * Returns how long a proposal stays open before it may be closed, unless every member of the
   * electorate has taken a stance. Nobody, the facilitator included, can close a decision earlier.
   *
   * @return the duration; 3 days unless set
   */
  @Value.Default
  default Duration discussionPeriod() {
    return Duration.ofDays(3);
  }

  /**
   * Returns how long a proposal may stay open; past this it expires, not adopted.
   *
   * @return the duration; 30 days unless set
   */
  @Value.Default
  default Duration deadline() {
    return Duration.ofDays(30);
  }

  /**
   * Returns how long before its deadline an open proposal is announced as closing soon, naming the
   * members of its electorate who have not taken a stance yet ({@code ProposalClosingSoon}, emitted
   * by a deadline check). Zero announces nothing. A window longer than the deadline announces it at
   * the first check after it opens.
   *
   * @return the window; 1 day unless set
   */
  @Value.Default
  default Duration closingSoon() {
    return Duration.ofDays(1);
  }

  /**
   * Returns the test an objection must meet, in the group's own words (such as "Would it harm us,
   * or is there a better way we can try now?"). When set, an objection must say which it names, a
   * harm or a better way ({@link ObjectionGround}); the engine records the answer and leaves the
   * judgement to the group.
   *
   * @return the wording; empty unless set, when any reasoned objection stands
   */
  Optional<String> objectionTest();

  /**
   * Tells whether any peer may revise an open proposal, not only its proposer.
   *
   * @return false unless set: only the proposer revises
   */
  @Value.Default
  default boolean anyPeerMayRevise() {
    return false;
  }

  /**
   * Returns the late-decision window: when quorum is first reached this close to a proposal's
   * deadline, the deadline moves by {@link #lateQuorumExtension()}, once, so that the others can
   * still respond. Zero for no extension.
   *
   * @return the window; zero unless set
   */
  @Value.Default
  default Duration lateQuorumWindow() {
    return Duration.ZERO;
  }

  /**
   * Returns how far a late decision moves the deadline (see {@link #lateQuorumWindow()}).
   *
   * @return the extension; zero unless set
   */
  @Value.Default
  default Duration lateQuorumExtension() {
    return Duration.ZERO;
  }

  /**
   * Returns how long after its adoption a guideline version takes effect. Until then it is
   * scheduled ({@code GroupState.scheduledGuidelines()}), and a reconsideration ({@link
   * Reconsideration}) may cancel it; a deadline check makes it the version in force when its time
   * comes.
   *
   * @return the delay; zero unless set, for a version in force at once
   */
  @Value.Default
  default Duration effectDelay() {
    return Duration.ZERO;
  }

  /**
   * Returns who may read the stances: everyone, members only after the close, or never who chose
   * what ({@link BallotSecrecy}). Fixed when a proposal opens, with the rest of the procedure.
   * Procedures recorded before this existed read as {@link BallotSecrecy#OPEN}.
   *
   * @return the secrecy; {@link BallotSecrecy#OPEN} unless set
   */
  @Value.Default
  default BallotSecrecy ballots() {
    return BallotSecrecy.OPEN;
  }

  /**
   * Returns a consent procedure with the defaults.
   *
   * @return the procedure
   */
  static DecisionProcedure consent() {
    return of(DecisionMethod.CONSENT);
  }

  /**
   * Returns a consensus procedure with the defaults.
   *
   * @return the procedure
   */
  static DecisionProcedure consensus() {
    return of(DecisionMethod.CONSENSUS);
  }

  /**
   * Returns a simple majority procedure with the defaults.
   *
   * @return the procedure
   */
  static DecisionProcedure majority() {
    return of(DecisionMethod.MAJORITY);
  }

  /**
   * Returns a supermajority procedure.
   *
   * @param threshold the fraction of those who agree or object that must agree, in (0.5, 1]
   * @return the procedure
   * @throws IllegalArgumentException if the threshold is out of range
   */
  static DecisionProcedure supermajority(double threshold) {
    return ImmutableDecisionProcedure.builder()
        .method(DecisionMethod.SUPERMAJORITY)
        .threshold(threshold)
        .build();
  }

  /**
   * Returns an advice-process procedure with the defaults.
   *
   * @return the procedure
   */
  static DecisionProcedure adviceProcess() {
    return of(DecisionMethod.ADVICE_PROCESS);
  }

  /**
   * Returns a procedure with a method and the defaults.
   *
   * @param method the method
   * @return the procedure
   */
  static DecisionProcedure of(DecisionMethod method) {
    return ImmutableDecisionProcedure.builder().method(method).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if a fraction or a duration is out of range; the message names
   *     it and the allowed range
   */
  @Value.Check
  default void check() {
    if (!(quorum() >= 0 && quorum() <= 1)) {
      throw new IllegalArgumentException("quorum must be a fraction in [0, 1], was " + quorum());
    }
    if (!(threshold() > 0.5 && threshold() <= 1)) {
      throw new IllegalArgumentException(
          "threshold must be a fraction in (0.5, 1], was " + threshold());
    }
    if (discussionPeriod().isNegative()) {
      throw new IllegalArgumentException(
          "discussionPeriod must be zero or longer, was " + discussionPeriod());
    }
    if (closingSoon().isNegative()) {
      throw new IllegalArgumentException(
          "closingSoon must be zero or longer, was " + closingSoon());
    }
    if (objectionTest().isPresent() && objectionTest().get().isBlank()) {
      throw new IllegalArgumentException("objectionTest must not be blank; leave it out instead");
    }
    if (lateQuorumWindow().isNegative() || lateQuorumExtension().isNegative()) {
      throw new IllegalArgumentException(
          "lateQuorumWindow and lateQuorumExtension must be zero or longer, were "
              + lateQuorumWindow()
              + " and "
              + lateQuorumExtension());
    }
    if (effectDelay().isNegative()) {
      throw new IllegalArgumentException(
          "effectDelay must be zero or longer, was " + effectDelay());
    }
    if (deadline().compareTo(discussionPeriod()) < 0) {
      throw new IllegalArgumentException(
          "deadline must be at least discussionPeriod ("
              + discussionPeriod()
              + "), was "
              + deadline());
    }
  }

  /**
   * Returns a builder of {@code DecisionProcedure}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * DecisionProcedure decisionProcedure = DecisionProcedure.builder()
   *     .method(DecisionMethod.MAJORITY)
   *     .quorum(0.5)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableDecisionProcedure.Builder builder() {
    return ImmutableDecisionProcedure.builder();
  }
}
