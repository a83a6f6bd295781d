package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What changed between two guideline versions, clause by clause (by stable clause id). Entries come
 * in the newer version's clause order, then the removed clauses in the older version's order.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineDiff.class)
@JsonDeserialize(as = ImmutableGuidelineDiff.class)
public interface GuidelineDiff {
  /**
   * Returns the older version's number.
   *
   * @return the number
   */
  int fromVersion();

  /**
   * Returns the newer version's number.
   *
   * @return the number
   */
  int toVersion();

  /**
   * Returns the changed clauses; unchanged clauses in place are left out.
   *
   * @return the entries
   */
  List<ClauseChange> entries();

  /**
   * Computes the diff between two versions.
   *
   * @param a the older version
   * @param b the newer version
   * @return the diff
   */
  static GuidelineDiff between(GuidelineVersion a, GuidelineVersion b) {
    Map<ClauseId, Integer> posA = new HashMap<>();
    for (int i = 0; i < a.clauses().size(); i++) {
      posA.put(a.clauses().get(i).id(), i);
    }
    Map<ClauseId, Integer> posB = new HashMap<>();
    for (int i = 0; i < b.clauses().size(); i++) {
      posB.put(b.clauses().get(i).id(), i);
    }
    // Order of kept clauses, to tell a moved clause from one merely shifted by additions.
    List<ClauseId> keptA = new ArrayList<>();
    for (Clause c : a.clauses()) {
      if (posB.containsKey(c.id())) {
        keptA.add(c.id());
      }
    }
    List<ClauseId> keptB = new ArrayList<>();
    for (Clause c : b.clauses()) {
      if (posA.containsKey(c.id())) {
        keptB.add(c.id());
      }
    }
    ImmutableGuidelineDiff.Builder diff =
        ImmutableGuidelineDiff.builder().fromVersion(a.number()).toVersion(b.number());
    int kept = 0;
    for (Clause after : b.clauses()) {
      Integer i = posA.get(after.id());
      if (i == null) {
        diff.addEntry(
            entry(ClauseChange.Kind.ADDED, after.id(), Optional.empty(), Optional.of(after)));
        continue;
      }
      Clause before = a.clauses().get(i);
      boolean moved = !keptA.get(kept).equals(keptB.get(kept));
      kept++;
      if (!before.equals(after)) {
        diff.addEntry(
            entry(ClauseChange.Kind.AMENDED, after.id(), Optional.of(before), Optional.of(after)));
      } else if (moved) {
        diff.addEntry(
            entry(ClauseChange.Kind.MOVED, after.id(), Optional.of(before), Optional.of(after)));
      }
    }
    for (Clause before : a.clauses()) {
      if (!posB.containsKey(before.id())) {
        diff.addEntry(
            entry(ClauseChange.Kind.REMOVED, before.id(), Optional.of(before), Optional.empty()));
      }
    }
    return diff.build();
  }

  private static ClauseChange entry(
      ClauseChange.Kind kind, ClauseId id, Optional<Clause> before, Optional<Clause> after) {
    return ImmutableClauseChange.builder()
        .kind(kind)
        .clauseId(id)
        .before(before)
        .after(after)
        .build();
  }
}
