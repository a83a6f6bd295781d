package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** Puts the clauses in a new order. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableReorderClauses.class)
@JsonDeserialize(as = ImmutableReorderClauses.class)
public non-sealed interface ReorderClauses extends GuidelineChange {
  /**
   * Returns the new order.
   *
   * @return every clause id of the version, each once
   */
  List<ClauseId> order();

  @Override
  default List<Clause> applyTo(List<Clause> clauses) {
    Map<ClauseId, Clause> byId = new LinkedHashMap<>();
    for (Clause c : clauses) {
      byId.put(c.id(), c);
    }
    List<Clause> out = new ArrayList<>(clauses.size());
    for (ClauseId id : order()) {
      Clause c = byId.remove(id);
      if (c == null) {
        throw new IllegalArgumentException(GuidelineProblems.unknownClause(id));
      }
      out.add(c);
    }
    if (!byId.isEmpty()) {
      throw new IllegalArgumentException(
          "the new order leaves out clause(s) " + String.join(", ", ids(byId)));
    }
    return out;
  }

  private static List<String> ids(Map<ClauseId, Clause> byId) {
    List<String> ids = new ArrayList<>();
    for (ClauseId id : byId.keySet()) {
      ids.add(id.value());
    }
    return ids;
  }

  /**
   * Returns a builder of {@code ReorderClauses}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ReorderClauses reorderClauses = ReorderClauses.builder()
   *     .addOrder(ClauseId.of("phones"), ClauseId.of("sharing"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReorderClauses.Builder builder() {
    return ImmutableReorderClauses.builder();
  }
}
