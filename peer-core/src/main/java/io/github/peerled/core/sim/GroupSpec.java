package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.guideline.Clause;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The simulated group: how many people, how many of them are newcomers, the guidelines in force and
 * the governance settings. Members are named {@code m01}, {@code m02}, ... in order; the first
 * {@code size - newcomers} found the group (and adopt the guidelines), the rest join as newcomers
 * before the first session. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupSpec.class)
@JsonDeserialize(as = ImmutableGroupSpec.class)
public interface GroupSpec {
  /**
   * The largest group the simulator handles: 10,000 members, the engine's default limit on the
   * members of a group ({@link io.github.peerled.core.engine.Limits#members()}), so that every
   * simulated group can also run through the real engine. Online communities have a few thousand.
   */
  int MAX_SIZE = 10_000;

  /**
   * Returns the number of people in the group.
   *
   * @return 1 to {@value #MAX_SIZE}; 12 unless set
   */
  @Value.Default
  default int size() {
    return 12;
  }

  /**
   * Returns how many of them are newcomers (the last ones).
   *
   * @return 0 to {@code size - 1}; 0 unless set
   */
  @Value.Default
  default int newcomers() {
    return 0;
  }

  /**
   * Returns the guidelines the founders adopt.
   *
   * @return the clauses; {@link #defaultGuidelines()} unless set
   */
  @Value.Default
  default List<Clause> guidelines() {
    return defaultGuidelines();
  }

  /**
   * Returns the governance settings the group is founded with.
   *
   * @return the settings; {@link GovernanceSettings#ofDefaults()} unless set
   */
  @Value.Default
  default GovernanceSettings governance() {
    return GovernanceSettings.ofDefaults();
  }

  /**
   * Returns the founding guidelines of a typical peer support group, each bound to its rule.
   *
   * @return the clauses
   */
  static List<Clause> defaultGuidelines() {
    return List.of(
        Clause.of("confidential", "What is said in the group stays in the group."),
        Clause.bound(
            "sharing", "We share our own experience; we do not give advice.", "sharing-not-advice"),
        Clause.bound(
            "everyone-counts",
            "Everyone gets room to speak, and no request for support is left hanging.",
            "everyone-counts"),
        Clause.bound(
            "safety", "If someone is in distress we pause, listen, point to help.", "safety"));
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return the builder
   */
  static ImmutableGroupSpec.Builder custom() {
    return ImmutableGroupSpec.builder();
  }

  /**
   * Returns a group of 12 founding members with the default guidelines and governance.
   *
   * @return the group
   */
  static GroupSpec ofDefaults() {
    return custom().build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the size or the number of newcomers is out of range, or the
   *     guidelines are empty or repeat a clause id
   */
  @Value.Check
  default void check() {
    if (size() < 1 || size() > MAX_SIZE) {
      throw new IllegalStateException(
          "size must be 1 to "
              + MAX_SIZE
              + " (the engine's limit on the members of a group), was "
              + size());
    }
    if (newcomers() < 0 || newcomers() >= size()) {
      throw new IllegalStateException(
          "newcomers must be 0 to size - 1 (someone founds the group), was " + newcomers());
    }
    if (guidelines().isEmpty()) {
      throw new IllegalStateException("guidelines need at least one clause");
    }
    Set<Object> ids = new HashSet<>();
    for (Clause c : guidelines()) {
      if (!ids.add(c.id())) {
        throw new IllegalStateException("guidelines repeat clause id " + c.id());
      }
    }
  }
}
