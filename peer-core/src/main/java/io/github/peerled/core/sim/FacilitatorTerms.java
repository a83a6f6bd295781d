package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Facilitator terms and burn-out, a part of the {@link BehaviourModel} ({@code
 * behaviour.facilitatorTerms} in a scenario). Off unless {@link #sessionsPerTerm()} (or an arm's
 * {@link PolicyArm#sessionsPerTerm()}) is positive; then:
 *
 * <ul>
 *   <li><b>Terms.</b> One member holds the facilitator's term for {@link #sessionsPerTerm()}
 *       planned sessions and facilitates every session held in it (they always attend). The first
 *       term goes to {@code m01}; at a term's end, or when its holder leaves, the term passes to
 *       the next founder still in the group, in member order, as rotation does (newcomers never
 *       hold a term). With no founder left there is no term holder and the arm's policies act as
 *       before.
 *   <li><b>Strain.</b> Facilitating a session adds {@link #strainPerSession()} to the holder's
 *       strain, plus {@link #strainPerRequest()} for each request for support, {@link
 *       #strainPerTraumaStory()} for each trauma story, and {@link #strainPerSilentMember()} for
 *       each member present who never spoke. Every planned session a member spends off duty sheds
 *       the share {@link #recovery()} of their strain.
 *   <li><b>Burn-out.</b> A holder whose strain has reached {@link #burnoutThreshold()} at the start
 *       of a session is burnt out for it: each time one of the arm's policies would act (choose a
 *       speaker, shape an act, react to a turn), it lapses with probability {@link #lapse()}, drawn
 *       from a stream of its own, so fewer interventions are made and requests wait longer. A
 *       holder whose strain has reached {@link #dropOutThreshold()} leaves the group before the
 *       next session, and the term passes on.
 * </ul>
 *
 * <p>The model is deterministic given what happened in the sessions (only the lapses draw random
 * numbers), so the engine's event log replays it: the metrics read back from the log are the same.
 * On the engine path the holder volunteers for each session, so the group's rotation must be {@code
 * VOLUNTEER} and allow the holder to facilitate every session in a row.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFacilitatorTerms.class)
@JsonDeserialize(as = ImmutableFacilitatorTerms.class)
public interface FacilitatorTerms {
  /**
   * Returns how many planned sessions (weeks) a facilitator's term lasts.
   *
   * @return 0 (no terms: today's behaviour) or more; 0 unless set
   */
  @Value.Default
  default int sessionsPerTerm() {
    return 0;
  }

  /**
   * Returns the strain facilitating one session adds, whatever happened in it.
   *
   * @return a non-negative number; 1 unless set
   */
  @Value.Default
  default double strainPerSession() {
    return 1.0;
  }

  /**
   * Returns the strain each request for support in a facilitated session adds.
   *
   * @return a non-negative number; 0.05 unless set
   */
  @Value.Default
  default double strainPerRequest() {
    return 0.05;
  }

  /**
   * Returns the strain each trauma story in a facilitated session adds.
   *
   * @return a non-negative number; 0.25 unless set
   */
  @Value.Default
  default double strainPerTraumaStory() {
    return 0.25;
  }

  /**
   * Returns the strain each member present who never spoke in a facilitated session adds.
   *
   * @return a non-negative number; 0.1 unless set
   */
  @Value.Default
  default double strainPerSilentMember() {
    return 0.1;
  }

  /**
   * Returns the share of their strain a member sheds in each planned session off duty.
   *
   * @return a fraction in [0, 1]; 0.2 unless set
   */
  @Value.Default
  default double recovery() {
    return 0.2;
  }

  /**
   * Returns the strain at which a term holder is burnt out.
   *
   * @return a positive number; 40 unless set
   */
  @Value.Default
  default double burnoutThreshold() {
    return 40.0;
  }

  /**
   * Returns the probability that a burnt-out holder lets one of the policies' acts lapse.
   *
   * @return a probability; 0.8 unless set
   */
  @Value.Default
  default double lapse() {
    return 0.8;
  }

  /**
   * Returns the strain at which a term holder leaves the group.
   *
   * @return a number at least {@link #burnoutThreshold()}; 60 unless set
   */
  @Value.Default
  default double dropOutThreshold() {
    return 60.0;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return the builder
   */
  static ImmutableFacilitatorTerms.Builder custom() {
    return ImmutableFacilitatorTerms.builder();
  }

  /**
   * Returns the model with every default (no terms until a term length is set).
   *
   * @return the model
   */
  static FacilitatorTerms ofDefaults() {
    return custom().build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if a parameter is out of range; the message names it
   */
  @Value.Check
  default void check() {
    if (sessionsPerTerm() < 0) {
      throw new IllegalStateException(
          "facilitatorTerms.sessionsPerTerm must be 0 (no terms) or more, was "
              + sessionsPerTerm());
    }
    strain("strainPerSession", strainPerSession());
    strain("strainPerRequest", strainPerRequest());
    strain("strainPerTraumaStory", strainPerTraumaStory());
    strain("strainPerSilentMember", strainPerSilentMember());
    if (!(recovery() >= 0 && recovery() <= 1)) {
      throw new IllegalStateException(
          "facilitatorTerms.recovery must be a fraction in [0, 1], was " + recovery());
    }
    if (!(burnoutThreshold() > 0) || Double.isInfinite(burnoutThreshold())) {
      throw new IllegalStateException(
          "facilitatorTerms.burnoutThreshold must be a positive number, was " + burnoutThreshold());
    }
    if (!(lapse() >= 0 && lapse() <= 1)) {
      throw new IllegalStateException(
          "facilitatorTerms.lapse must be a probability in [0, 1], was " + lapse());
    }
    if (!(dropOutThreshold() >= burnoutThreshold()) || Double.isNaN(dropOutThreshold())) {
      throw new IllegalStateException(
          "facilitatorTerms.dropOutThreshold must be at least burnoutThreshold ("
              + burnoutThreshold()
              + "), was "
              + dropOutThreshold());
    }
  }

  private static void strain(String what, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalStateException(
          "facilitatorTerms." + what + " must be a non-negative number, was " + v);
    }
  }
}
