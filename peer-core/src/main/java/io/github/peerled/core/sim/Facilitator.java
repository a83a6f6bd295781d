package io.github.peerled.core.sim;

/**
 * The working side of a {@link FacilitationPolicy} during one run: the simulator consults it at
 * every turn of every session. Hooks are called on the run's thread, in this order for each turn:
 * {@link #chooseSpeaker}, {@link #shapeAct}, then {@link #afterTurn} once the contribution is
 * recorded. A facilitator acts through {@link Floor#intervene(InterventionKind)}. It sees sets of
 * members (those present, those still silent) as {@link MemberSet}s, immutable, of any size.
 *
 * <p>Randomness: use {@link Floor#policyRandom()} only, never a global source, so that runs stay
 * reproducible and the members' own random streams stay common across policies.
 *
 * <p>Not thread-safe: one instance per run, made by {@link FacilitationPolicy#newFacilitator()}.
 */
public interface Facilitator {
  /** The value of {@link #chooseSpeaker} that leaves the choice to the members. */
  int NO_CHOICE = -1;

  /**
   * Called when a session starts, before its first turn.
   *
   * @param floor the session
   */
  default void onSessionStart(Floor floor) {}

  /**
   * Chooses who speaks next, or leaves it to the members.
   *
   * @param floor the session
   * @param u the turn's uniform draw in [0, 1) from the members' speaker stream, for use with
   *     {@link Floor#drawByPropensity(double, MemberSet)}
   * @return the index of a member present, or {@link #NO_CHOICE}
   */
  default int chooseSpeaker(Floor floor, double u) {
    return NO_CHOICE;
  }

  /**
   * Shapes the act a speaker is about to make (for example redirects advice into sharing).
   *
   * @param floor the session
   * @param member the speaker's index
   * @param act the act the speaker means to make
   * @return the act the speaker makes
   */
  default Act shapeAct(Floor floor, int member, Act act) {
    return act;
  }

  /**
   * Called after a member's contribution is recorded.
   *
   * @param floor the session
   * @param member the speaker's index
   * @param act the act made
   */
  default void afterTurn(Floor floor, int member, Act act) {}

  /**
   * Tells whether the facilitator reminds the members of an open proposal's electorate who have
   * taken no stance, before each session at which it may close. A reminder raises a member's chance
   * to take a stance by {@link BehaviourModel#reminderEffect()}.
   *
   * @return true to remind; false unless overridden
   */
  default boolean remindsTheUndecided() {
    return false;
  }
}
