package io.github.peerled.core.guideline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One change to a group's guidelines. A proposal may carry several, applied in order. Immutable and
 * thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableAddClause.class, name = "add"),
  @JsonSubTypes.Type(value = ImmutableAmendClause.class, name = "amend"),
  @JsonSubTypes.Type(value = ImmutableRemoveClause.class, name = "remove"),
  @JsonSubTypes.Type(value = ImmutableReorderClauses.class, name = "reorder")
})
public sealed interface GuidelineChange
    permits AddClause, AmendClause, RemoveClause, ReorderClauses {
  /**
   * Applies this change to a list of clauses.
   *
   * @param clauses the clauses before the change
   * @return the clauses after the change, a new list
   * @throws IllegalArgumentException if the change does not fit the clauses (an unknown clause id,
   *     a duplicate id, an incomplete order); the message says which
   */
  List<Clause> applyTo(List<Clause> clauses);
}
