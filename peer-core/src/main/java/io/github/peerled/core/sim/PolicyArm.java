package io.github.peerled.core.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One arm of a comparison: a label and the facilitation policies applied together, in order (the
 * first policy that picks a speaker wins; acts pass through every policy). No policies means no
 * facilitation. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyArm.class)
@JsonDeserialize(as = ImmutablePolicyArm.class)
public interface PolicyArm {
  /**
   * Returns the arm's label, used in the output.
   *
   * @return the label
   */
  String label();

  /**
   * Returns the policies, in the order they are consulted.
   *
   * @return the policies
   */
  List<PolicySpec> policies();

  /**
   * Returns the facilitator's term length in this arm, overriding {@link
   * FacilitatorTerms#sessionsPerTerm()} of the scenario's behaviour, so that one scenario can
   * compare term lengths.
   *
   * @return empty (the behaviour's), 0 (no terms in this arm) or a number of planned sessions
   */
  Optional<Integer> sessionsPerTerm();

  /**
   * Returns an arm.
   *
   * @param label the label
   * @param policies the policies
   * @return the arm
   */
  static PolicyArm of(String label, PolicySpec... policies) {
    return ImmutablePolicyArm.builder().label(label).addPolicies(policies).build();
  }

  /**
   * Returns the arm without facilitation, labelled {@code none}.
   *
   * @return the arm
   */
  static PolicyArm none() {
    return of("none");
  }

  /**
   * Returns the composed policy of this arm (resolved once).
   *
   * @return the policy
   */
  @Value.Lazy
  @JsonIgnore
  default FacilitationPolicy policy() {
    return FacilitationPolicies.compose(policies());
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the label is blank or the term length negative
   */
  @Value.Check
  default void check() {
    if (label().isBlank()) {
      throw new IllegalStateException("an arm needs a label");
    }
    if (sessionsPerTerm().isPresent() && sessionsPerTerm().get() < 0) {
      throw new IllegalStateException(
          "sessionsPerTerm must be 0 (no terms) or more, was " + sessionsPerTerm().get());
    }
  }
}
