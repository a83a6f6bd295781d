package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What happened to one clause between two guideline versions. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableClauseChange.class)
@JsonDeserialize(as = ImmutableClauseChange.class)
public interface ClauseChange {
  /** What happened to the clause. */
  enum Kind {
    /** In the newer version only. */
    ADDED,
    /** In the older version only. */
    REMOVED,
    /** In both, with another text or rule. */
    AMENDED,
    /** In both, unchanged, at another position relative to the other kept clauses. */
    MOVED
  }

  /**
   * Returns what happened.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Returns the clause's id.
   *
   * @return the id
   */
  ClauseId clauseId();

  /**
   * Returns the clause as it was.
   *
   * @return the clause; empty for an added clause
   */
  Optional<Clause> before();

  /**
   * Returns the clause as it is.
   *
   * @return the clause; empty for a removed clause
   */
  Optional<Clause> after();
}
