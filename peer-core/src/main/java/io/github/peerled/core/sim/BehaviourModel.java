package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How simulated members behave. Every parameter is documented with its meaning and default.
 *
 * <ul>
 *   <li><b>Turn-taking.</b> Each turn the next speaker is drawn among those present with
 *       probability proportional to their speaking propensity. By default member {@code i}
 *       (1-based) has propensity {@code r^(i-1)} with {@code r = }{@link #participationRatio()}:
 *       the ranked shares then follow the geometric Stephan–Mishler law {@code p_i ∝ r^(i-1)};
 *       {@code r = 1} is equal participation, smaller {@code r} more inequality. {@link
 *       #propensities()} sets them one by one instead.
 *   <li><b>Acts.</b> The speaker's act is drawn from {@link #acts()} (or the member's own weights
 *       in {@link #memberActs()}). A response answers the oldest pending request for support by
 *       someone else, else the last speaker; with nothing to respond to it becomes a share. Each
 *       trauma story not met by the facilitator multiplies the weight of trauma stories for the
 *       rest of the session by {@link #traumaContagion()} (the avalanche).
 *   <li><b>Attendance and drop-out.</b> Each member attends each session with probability {@link
 *       #attendance()}. A newcomer whose first request for support was answered returns with
 *       probability {@link #newcomerReturnIfAnswered()}, one whose first request was left hanging
 *       with {@link #newcomerReturnIfUnanswered()}. A member who missed {@link
 *       #dropOutAfterMissed()} sessions in a row leaves the group (0: nobody leaves).
 *   <li><b>Guideline changes.</b> After each session, with probability {@link #proposalRate()}, a
 *       member present proposes a new clause; those present take a stance (agree, concern, object
 *       with the given probabilities, else abstain), and the proposal is closed, by the group's
 *       decision procedure, at the start of the next session. Before each session at which it may
 *       close, each member of its electorate who has taken no stance takes one with probability
 *       {@link #lateStance()}, raised by {@link #reminderEffect()} where the facilitator reminds
 *       the undecided.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBehaviourModel.class)
@JsonDeserialize(as = ImmutableBehaviourModel.class)
public interface BehaviourModel {
  /**
   * Returns the ratio {@code r} of the participation law {@code p_i ∝ r^(i-1)}.
   *
   * @return a positive number; 1 (equal propensities) unless set
   */
  @Value.Default
  default double participationRatio() {
    return 1.0;
  }

  /**
   * Returns the speaking propensity of each member, in member order, overriding {@link
   * #participationRatio()}.
   *
   * @return empty (use the law), or one non-negative weight per member
   */
  List<Double> propensities();

  /**
   * Returns the default weights of the acts.
   *
   * @return a non-negative weight per act (missing acts weigh 0); {@link #defaultActs()} unless set
   */
  @Value.Default
  default Map<Act, Double> acts() {
    return defaultActs();
  }

  /**
   * Returns the weights of the acts of particular members, by member id ({@code m01}, ...).
   *
   * @return the weights that replace {@link #acts()} for those members
   */
  Map<String, Map<Act, Double>> memberActs();

  /**
   * Returns the factor by which each unmet trauma story multiplies the weight of trauma stories.
   *
   * @return at least 1; 1 (no avalanche) unless set
   */
  @Value.Default
  default double traumaContagion() {
    return 1.0;
  }

  /**
   * Returns the probability that a member attends a session.
   *
   * @return a probability; 1 unless set
   */
  @Value.Default
  default double attendance() {
    return 1.0;
  }

  /**
   * Returns the probability that a newcomer whose first request for support was answered attends.
   *
   * @return a probability; 0.9 unless set
   */
  @Value.Default
  default double newcomerReturnIfAnswered() {
    return 0.9;
  }

  /**
   * Returns the probability that a newcomer whose first request for support was left hanging
   * attends.
   *
   * @return a probability; 0.4 unless set
   */
  @Value.Default
  default double newcomerReturnIfUnanswered() {
    return 0.4;
  }

  /**
   * Returns after how many missed sessions in a row a member leaves the group.
   *
   * @return 0 (nobody leaves) or more; 0 unless set
   */
  @Value.Default
  default int dropOutAfterMissed() {
    return 0;
  }

  /**
   * Returns the probability that a guideline change is proposed after a session.
   *
   * @return a probability; 0 unless set
   */
  @Value.Default
  default double proposalRate() {
    return 0.0;
  }

  /**
   * Returns the probability that a member present agrees with a proposal.
   *
   * @return a probability; 0.7 unless set
   */
  @Value.Default
  default double agree() {
    return 0.7;
  }

  /**
   * Returns the probability that a member present agrees with a concern.
   *
   * @return a probability; 0.15 unless set
   */
  @Value.Default
  default double concern() {
    return 0.15;
  }

  /**
   * Returns the probability that a member present objects.
   *
   * @return a probability; 0.05 unless set (the rest abstain)
   */
  @Value.Default
  default double object() {
    return 0.05;
  }

  /**
   * Returns the probability that a member of an open proposal's electorate who has taken no stance
   * takes one before a session at which it may close (drawn before each such session; the kind by
   * {@link #agree()}, {@link #concern()} and {@link #object()}).
   *
   * @return a probability; 0 unless set (only those present when it was proposed take a stance)
   */
  @Value.Default
  default double lateStance() {
    return 0.0;
  }

  /**
   * Returns how much a reminder raises that chance, under a facilitation policy that reminds the
   * undecided ({@link Facilitator#remindsTheUndecided()}): a reminded member takes a stance with
   * probability {@code p + reminderEffect * (1 - p)}, where {@code p} is {@link #lateStance()}.
   *
   * @return a fraction in [0, 1]; 0.5 unless set
   */
  @Value.Default
  default double reminderEffect() {
    return 0.5;
  }

  /**
   * Returns the facilitator terms and burn-out model.
   *
   * @return the model; empty unless set (no terms, unless an arm sets a term length, which then
   *     uses {@link FacilitatorTerms#ofDefaults()})
   */
  Optional<FacilitatorTerms> facilitatorTerms();

  /**
   * Returns the act weights of a typical peer support session: mostly sharing and responding, some
   * advice, questions and requests for support, rare trauma stories.
   *
   * @return the weights
   */
  static Map<Act, Double> defaultActs() {
    Map<Act, Double> m = new EnumMap<>(Act.class);
    m.put(Act.SHARE, 0.40);
    m.put(Act.ADVISE, 0.15);
    m.put(Act.ASK, 0.10);
    m.put(Act.REQUEST_SUPPORT, 0.08);
    m.put(Act.RESPOND, 0.25);
    m.put(Act.TRAUMA_STORY, 0.02);
    return m;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return the builder
   */
  static ImmutableBehaviourModel.Builder custom() {
    return ImmutableBehaviourModel.builder();
  }

  /**
   * Returns the model with every default.
   *
   * @return the model
   */
  static BehaviourModel ofDefaults() {
    return custom().build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if a probability, weight or factor is out of range
   */
  @Value.Check
  default void check() {
    if (!(participationRatio() > 0) || Double.isInfinite(participationRatio())) {
      throw new IllegalStateException(
          "participationRatio must be a positive number, was " + participationRatio());
    }
    for (Double p : propensities()) {
      weight("propensities", p);
    }
    checkActs("acts", acts());
    for (Map.Entry<String, Map<Act, Double>> e : memberActs().entrySet()) {
      checkActs("memberActs." + e.getKey(), e.getValue());
    }
    if (!(traumaContagion() >= 1) || Double.isInfinite(traumaContagion())) {
      throw new IllegalStateException(
          "traumaContagion must be at least 1, was " + traumaContagion());
    }
    probability("attendance", attendance());
    probability("newcomerReturnIfAnswered", newcomerReturnIfAnswered());
    probability("newcomerReturnIfUnanswered", newcomerReturnIfUnanswered());
    probability("proposalRate", proposalRate());
    probability("agree", agree());
    probability("concern", concern());
    probability("object", object());
    if (agree() + concern() + object() > 1 + 1e-12) {
      throw new IllegalStateException("agree + concern + object must not exceed 1");
    }
    probability("lateStance", lateStance());
    probability("reminderEffect", reminderEffect());
    if (dropOutAfterMissed() < 0) {
      throw new IllegalStateException("dropOutAfterMissed must not be negative");
    }
  }

  private static void checkActs(String what, Map<Act, Double> acts) {
    double total = 0;
    for (Map.Entry<Act, Double> e : acts.entrySet()) {
      weight(what + "." + e.getKey(), e.getValue());
      total += e.getValue();
    }
    if (!(total > 0)) {
      throw new IllegalStateException(what + " needs at least one act with a positive weight");
    }
  }

  private static void weight(String what, double w) {
    if (!(w >= 0) || Double.isInfinite(w)) {
      throw new IllegalStateException(what + " must be a non-negative number, was " + w);
    }
  }

  private static void probability(String what, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalStateException(what + " must be a probability in [0, 1], was " + p);
    }
  }
}
