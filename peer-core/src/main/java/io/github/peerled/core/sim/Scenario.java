package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What to simulate: the group, the session plan (number of sessions, turns per session), the
 * behaviour model, the facilitation policies to compare (one arm each) and the master seed. Read it
 * from JSON with {@link io.github.peerled.core.json.PeerledJson#read(java.nio.file.Path, Class)}:
 *
 * <pre>{@code
 * {
 *   "name": "diabetes-12",
 *   "group": {"size": 12, "newcomers": 2},
 *   "sessions": 6,
 *   "turnsPerSession": 120,
 *   "behaviour": {"participationRatio": 0.8, "attendance": 0.705},
 *   "arms": [
 *     {"label": "none"},
 *     {"label": "go-round", "policies": [{"name": "go-round"}]}
 *   ],
 *   "seed": 20260301
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
public interface Scenario {
  /**
   * Returns the scenario's name, used in the output.
   *
   * @return the name; {@code scenario} unless set
   */
  @Value.Default
  default String name() {
    return "scenario";
  }

  /**
   * Returns the group.
   *
   * @return the group; {@link GroupSpec#ofDefaults()} unless set
   */
  @Value.Default
  default GroupSpec group() {
    return GroupSpec.ofDefaults();
  }

  /**
   * Returns the number of sessions, one a week.
   *
   * @return at least 1; 6 unless set
   */
  @Value.Default
  default int sessions() {
    return 6;
  }

  /**
   * Returns the number of member turns in each session (facilitator interventions come on top).
   *
   * @return at least 1; 120 unless set
   */
  @Value.Default
  default int turnsPerSession() {
    return 120;
  }

  /**
   * Returns how members behave.
   *
   * @return the model; {@link BehaviourModel#ofDefaults()} unless set
   */
  @Value.Default
  default BehaviourModel behaviour() {
    return BehaviourModel.ofDefaults();
  }

  /**
   * Returns the facilitation policies to compare, one arm each.
   *
   * @return at least one arm; the single arm {@link PolicyArm#none()} unless set
   */
  @Value.Default
  default List<PolicyArm> arms() {
    return List.of(PolicyArm.none());
  }

  /**
   * Returns the master seed.
   *
   * @return the seed; 0 unless set
   */
  @Value.Default
  default long seed() {
    return 0L;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return the builder
   */
  static ImmutableScenario.Builder custom() {
    return ImmutableScenario.builder();
  }

  /**
   * Returns the scenario with every default: 12 members, 6 sessions of 120 turns, no facilitation.
   *
   * @return the scenario
   */
  static Scenario ofDefaults() {
    return custom().build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the plan is empty, the arms are empty or repeat a label, or
   *     the behaviour model does not fit the group
   */
  @Value.Check
  default void check() {
    if (sessions() < 1) {
      throw new IllegalStateException("sessions must be at least 1, was " + sessions());
    }
    if (turnsPerSession() < 1) {
      throw new IllegalStateException(
          "turnsPerSession must be at least 1, was " + turnsPerSession());
    }
    if (arms().isEmpty()) {
      throw new IllegalStateException("arms must not be empty");
    }
    Set<String> labels = new HashSet<>();
    for (PolicyArm a : arms()) {
      if (!labels.add(a.label())) {
        throw new IllegalStateException("arms repeat the label " + a.label());
      }
    }
    int size = group().size();
    if (!behaviour().propensities().isEmpty() && behaviour().propensities().size() != size) {
      throw new IllegalStateException(
          "behaviour.propensities needs one weight per member ("
              + size
              + "), has "
              + behaviour().propensities().size());
    }
    double total = 0;
    for (int i = 0; i < size; i++) {
      total += Members.propensity(behaviour(), i);
    }
    if (!(total > 0)) {
      throw new IllegalStateException("behaviour.propensities must not all be 0");
    }
    for (String id : behaviour().memberActs().keySet()) {
      if (Members.index(id, size) < 0) {
        throw new IllegalStateException(
            "behaviour.memberActs names "
                + id
                + ", not a member (m01 to "
                + Members.id(size - 1)
                + ")");
      }
    }
  }
}
