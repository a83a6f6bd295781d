package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How facilitation rotates. Only active peers facilitate: never advisors or guests, and not
 * newcomers during their newcomer period unless the group allows it ({@link #newcomersEligible()});
 * the same newcomer rule holds when a facilitator hands over during a session, where it has no
 * fallback (see {@code HandOverFacilitation}). Nobody facilitates more than {@link
 * #maxConsecutiveTurns()} sessions in a row while anyone else is eligible. The fallback, documented
 * in {@link Rotation}: when no one volunteers, round robin decides; when the limit would leave no
 * one, the limit gives way. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRotationPolicy.class)
@JsonDeserialize(as = ImmutableRotationPolicy.class)
public interface RotationPolicy {
  /**
   * Returns how the facilitator is chosen.
   *
   * @return the kind; {@link RotationKind#ROUND_ROBIN} unless set
   */
  @Value.Default
  default RotationKind kind() {
    return RotationKind.ROUND_ROBIN;
  }

  /**
   * Returns how many sessions in a row one member may facilitate.
   *
   * @return at least 1; 1 unless set
   */
  @Value.Default
  default int maxConsecutiveTurns() {
    return 1;
  }

  /**
   * Tells whether newcomers may facilitate during their newcomer period, chosen by rotation or
   * handed facilitation during a session.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean newcomersEligible() {
    return false;
  }

  /**
   * Returns the seed of the lottery.
   *
   * @return the seed; 0 unless set
   */
  @Value.Default
  default long seed() {
    return 0L;
  }

  /**
   * Returns the default policy: round robin, one turn in a row, newcomers not yet eligible.
   *
   * @return the policy
   */
  static RotationPolicy ofDefaults() {
    return ImmutableRotationPolicy.builder().build();
  }

  /**
   * Returns a builder preset with the defaults of {@link #ofDefaults()}, to change some of them.
   *
   * @return a new builder; not thread-safe, the policy it builds is
   */
  static ImmutableRotationPolicy.Builder custom() {
    return ImmutableRotationPolicy.builder();
  }

  /**
   * Returns a policy of a kind with the other defaults.
   *
   * @param kind the kind
   * @return the policy
   */
  static RotationPolicy of(RotationKind kind) {
    return ImmutableRotationPolicy.builder().kind(kind).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if the consecutive-turn limit is below 1
   */
  @Value.Check
  default void check() {
    if (maxConsecutiveTurns() < 1) {
      throw new IllegalArgumentException(
          "maxConsecutiveTurns must be at least 1, was " + maxConsecutiveTurns());
    }
  }
}
