package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** Removes a clause. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableRemoveClause.class)
@JsonDeserialize(as = ImmutableRemoveClause.class)
public non-sealed interface RemoveClause extends GuidelineChange {
  /**
   * Returns the clause to remove.
   *
   * @return the clause id
   */
  ClauseId clauseId();

  @Override
  default List<Clause> applyTo(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>(clauses.size());
    for (Clause c : clauses) {
      if (!c.id().equals(clauseId())) {
        out.add(c);
      }
    }
    if (out.size() == clauses.size()) {
      throw new IllegalArgumentException(GuidelineProblems.unknownClause(clauseId()));
    }
    return out;
  }

  /**
   * Returns the change that removes a clause.
   *
   * @param clauseId the clause
   * @return the change
   */
  static RemoveClause of(ClauseId clauseId) {
    return builder().clauseId(clauseId).build();
  }

  /**
   * Returns a builder of {@code RemoveClause}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * RemoveClause removeClause = RemoveClause.builder().clauseId(ClauseId.of("phones")).build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableRemoveClause.Builder builder() {
    return ImmutableRemoveClause.builder();
  }
}
