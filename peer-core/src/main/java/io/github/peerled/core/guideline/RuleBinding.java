package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Binds a guideline clause to a facilitation rule, so that what the group agreed is what the rules
 * enforce. Parameters are kept as text in the order given; the rule parses and validates them.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleBinding.class)
@JsonDeserialize(as = ImmutableRuleBinding.class)
public interface RuleBinding {
  /**
   * Returns the rule's id.
   *
   * @return for example {@code sharing-not-advice}
   */
  String ruleId();

  /**
   * Returns the rule's parameters, in the order given.
   *
   * @return parameter names to values
   */
  Map<String, String> parameters();

  /**
   * Returns a binding without parameters.
   *
   * @param ruleId the rule's id
   * @return the binding
   * @throws IllegalArgumentException if {@code ruleId} is blank
   */
  static RuleBinding of(String ruleId) {
    return ImmutableRuleBinding.builder().ruleId(ruleId).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if the rule id is blank
   */
  @Value.Check
  default void check() {
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException(
          "ruleId must hold at least one character that is not a space");
    }
  }
}
