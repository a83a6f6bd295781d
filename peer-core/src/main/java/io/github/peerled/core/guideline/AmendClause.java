package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Amends a clause's text, its rule binding, its review date, or several of them. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmendClause.class)
@JsonDeserialize(as = ImmutableAmendClause.class)
public non-sealed interface AmendClause extends GuidelineChange {
  /**
   * Returns the clause to amend.
   *
   * @return the clause id
   */
  ClauseId clauseId();

  /**
   * Returns the new text.
   *
   * @return the text; empty to keep the current text
   */
  Optional<String> text();

  /**
   * Returns the new rule binding.
   *
   * @return the binding; empty to keep the current one (see {@link #removeRule()})
   */
  Optional<RuleBinding> rule();

  /**
   * Returns the clause's new review date.
   *
   * @return the review date; empty to keep the current one
   */
  Optional<Instant> reviewAt();

  /**
   * Tells whether to remove the clause's rule binding.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean removeRule() {
    return false;
  }

  @Override
  default List<Clause> applyTo(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>(clauses.size());
    boolean found = false;
    for (Clause c : clauses) {
      if (c.id().equals(clauseId())) {
        found = true;
        ImmutableClause.Builder b = ImmutableClause.builder().from(c);
        text().ifPresent(b::text);
        if (removeRule()) {
          b.rule(Optional.empty());
        }
        rule().ifPresent(b::rule);
        reviewAt().ifPresent(b::reviewAt);
        out.add(b.build());
      } else {
        out.add(c);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(GuidelineProblems.unknownClause(clauseId()));
    }
    return out;
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the amendment changes nothing, or both sets and removes the
   *     rule
   * @throws IllegalArgumentException if the new text is blank
   */
  @Value.Check
  default void check() {
    if (text().isEmpty() && rule().isEmpty() && !removeRule() && reviewAt().isEmpty()) {
      throw new IllegalStateException("an amendment of clause " + clauseId() + " changes nothing");
    }
    if (rule().isPresent() && removeRule()) {
      throw new IllegalStateException(
          "an amendment of clause " + clauseId() + " cannot both set and remove its rule");
    }
    if (text().isPresent() && text().get().isBlank()) {
      throw new IllegalArgumentException(
          "the new text of clause "
              + clauseId()
              + " must hold at least one character that is not a space");
    }
  }

  /**
   * Returns a builder of {@code AmendClause}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * AmendClause amendClause = AmendClause.builder()
   *     .clauseId(ClauseId.of("sharing"))
   *     .text("We speak from experience.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableAmendClause.Builder builder() {
    return ImmutableAmendClause.builder();
  }
}
