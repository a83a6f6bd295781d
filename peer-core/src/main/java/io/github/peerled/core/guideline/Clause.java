package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One clause of a group's guidelines: a stable id, the text the members wrote, and optionally the
 * rule that enforces it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClause.class)
@JsonDeserialize(as = ImmutableClause.class)
public interface Clause {
  /**
   * Returns the clause's id, stable across versions.
   *
   * @return the id
   */
  ClauseId id();

  /**
   * Returns the clause's text.
   *
   * @return the text, not blank
   */
  String text();

  /**
   * Returns the rule that enforces the clause, if any.
   *
   * @return the binding
   */
  Optional<RuleBinding> rule();

  /**
   * Returns when the group means to review the clause: from then on, while the clause is in force,
   * a deadline check announces the review ({@code ReviewDue}) and the guideline validator warns
   * that it is past its review date.
   *
   * @return the review date; empty if none was set
   */
  Optional<Instant> reviewAt();

  /**
   * Returns a clause without a rule.
   *
   * @param id the id
   * @param text the text
   * @return the clause
   * @throws IllegalArgumentException if {@code id} is not a valid id or {@code text} is blank
   */
  static Clause of(String id, String text) {
    return ImmutableClause.builder().id(ClauseId.of(id)).text(text).build();
  }

  /**
   * Returns a clause bound to a rule with the rule's default parameters.
   *
   * @param id the id
   * @param text the text
   * @param ruleId the id of the rule that enforces the clause
   * @return the clause
   * @throws IllegalArgumentException if {@code id} is not a valid id, or {@code text} or {@code
   *     ruleId} is blank
   */
  static Clause bound(String id, String text, String ruleId) {
    return ImmutableClause.builder()
        .id(ClauseId.of(id))
        .text(text)
        .rule(RuleBinding.of(ruleId))
        .build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException if the text is blank
   */
  @Value.Check
  default void check() {
    if (text().isBlank()) {
      throw new IllegalArgumentException(
          "the text of clause " + id() + " must hold at least one character that is not a space");
    }
  }

  /**
   * Returns a builder of {@code Clause}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * Clause clause = Clause.builder()
   *     .id(ClauseId.of("sharing"))
   *     .text("We share our own experience.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableClause.Builder builder() {
    return ImmutableClause.builder();
  }
}
