package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Adds a clause, at the end or after a given clause. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableAddClause.class)
@JsonDeserialize(as = ImmutableAddClause.class)
public non-sealed interface AddClause extends GuidelineChange {
  /**
   * Returns the clause to add.
   *
   * @return the clause, with an id not yet in use
   */
  Clause clause();

  /**
   * Returns the clause after which to add it.
   *
   * @return the clause id; empty to add at the end
   */
  Optional<ClauseId> after();

  @Override
  default List<Clause> applyTo(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>(clauses.size() + 1);
    for (Clause c : clauses) {
      if (c.id().equals(clause().id())) {
        throw new IllegalArgumentException(GuidelineProblems.duplicateClause(clause().id()));
      }
    }
    if (after().isEmpty()) {
      out.addAll(clauses);
      out.add(clause());
      return out;
    }
    boolean placed = false;
    for (Clause c : clauses) {
      out.add(c);
      if (c.id().equals(after().get())) {
        out.add(clause());
        placed = true;
      }
    }
    if (!placed) {
      throw new IllegalArgumentException(GuidelineProblems.unknownClause(after().get()));
    }
    return out;
  }

  /**
   * Returns a builder of {@code AddClause}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * AddClause addClause = AddClause.builder()
   *     .clause(Clause.of("phones", "We keep phones silent."))
   *     .after(ClauseId.of("sharing"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableAddClause.Builder builder() {
    return ImmutableAddClause.builder();
  }
}
