package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    // A kept clause is moved unless it is in a longest run of kept clauses that stayed in
    // order: moving one clause to the end reports that clause alone, not all it jumped over.
    Set<ClauseId> stayed = stayedInOrder(b, posA);
    ImmutableGuidelineDiff.Builder diff =
        ImmutableGuidelineDiff.builder().fromVersion(a.number()).toVersion(b.number());
    for (Clause after : b.clauses()) {
      Integer i = posA.get(after.id());
      if (i == null) {
        diff.addEntry(
            entry(ClauseChange.Kind.ADDED, after.id(), Optional.empty(), Optional.of(after)));
        continue;
      }
      Clause before = a.clauses().get(i);
      boolean moved = !stayed.contains(after.id());
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

  /**
   * Returns the kept clauses of {@code b} that form a longest subsequence in the same order as in
   * the older version (one such run, found by patience sorting).
   */
  private static Set<ClauseId> stayedInOrder(GuidelineVersion b, Map<ClauseId, Integer> posA) {
    List<ClauseId> ids = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (Clause c : b.clauses()) {
      Integer i = posA.get(c.id());
      if (i != null) {
        ids.add(c.id());
        ranks.add(i);
      }
    }
    int n = ranks.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ranks.get(tails[mid]) < ranks.get(k)) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      length = Math.max(length, lo + 1);
    }
    Set<ClauseId> stayed = new HashSet<>();
    for (int k = length > 0 ? tails[length - 1] : -1; k >= 0; k = previous[k]) {
      stayed.add(ids.get(k));
    }
    return stayed;
  }
}
