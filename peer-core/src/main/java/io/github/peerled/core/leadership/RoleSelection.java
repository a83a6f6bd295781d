package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An open selection for a role, after Sociocracy's selection process: members nominate (each once,
 * hidden from the members until the reveal), the nominations are revealed, members may change
 * theirs in a change round, and the group decides by its leadership procedure. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleSelection.class)
@JsonDeserialize(as = ImmutableRoleSelection.class)
public interface RoleSelection {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns who opened the selection.
   *
   * @return the member
   */
  MemberId openedBy();

  /**
   * Returns when the selection opened.
   *
   * @return the instant
   */
  Instant openedAt();

  /**
   * Returns where the selection stands.
   *
   * @return {@link SelectionStatus#NOMINATING} or {@link SelectionStatus#CHANGE_ROUND}
   */
  SelectionStatus status();

  /**
   * Returns the nominations: who nominated whom, in the order they first nominated. In the state
   * members read ({@code GroupState.asSeenByMembers()}) this is empty before the reveal; {@link
   * #nominators()} still says who has nominated.
   *
   * @return the nominee by nominator
   */
  Map<MemberId, MemberId> nominations();

  /**
   * Returns who has nominated, in order, whether or not the nominations are shown.
   *
   * @return the nominators
   */
  List<MemberId> nominators();

  /**
   * Returns the member the fallback points to when nobody was nominated at the reveal: rotation's
   * round robin among the eligible members (who held the role least recently; ties to the earlier
   * joiner), and among every active peer when none is eligible.
   *
   * @return the member; empty when someone was nominated, or before the reveal
   */
  Optional<MemberId> fallback();

  /**
   * Returns how often each member is nominated, the most nominated first (ties in the order of
   * their first nomination).
   *
   * @return the count by nominee; empty while the nominations are hidden
   */
  default Map<MemberId, Integer> count() {
    Map<MemberId, Integer> counts = new java.util.LinkedHashMap<>();
    for (MemberId nominee : nominations().values()) {
      counts.merge(nominee, 1, Integer::sum);
    }
    List<Map.Entry<MemberId, Integer>> sorted = new java.util.ArrayList<>(counts.entrySet());
    sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable
    Map<MemberId, Integer> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<MemberId, Integer> e : sorted) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }
}
