package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who has facilitated: the number of sessions started, the current facilitator's streak, and when
 * each member last facilitated. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadershipState.class)
@JsonDeserialize(as = ImmutableLeadershipState.class)
public interface LeadershipState {
  /**
   * Returns how many sessions have started.
   *
   * @return the count
   */
  @Value.Default
  default long sessionsStarted() {
    return 0;
  }

  /**
   * Returns who facilitated the latest session.
   *
   * @return the member; empty before the first session
   */
  Optional<MemberId> lastFacilitator();

  /**
   * Returns how many sessions in a row the latest facilitator has facilitated.
   *
   * @return the streak; 0 before the first session
   */
  @Value.Default
  default int streak() {
    return 0;
  }

  /**
   * Returns, for each member who has facilitated, the ordinal (1, 2, ...) of the latest session
   * they facilitated or co-facilitated.
   *
   * @return the ordinals by member
   */
  Map<MemberId, Long> lastTurn();

  /**
   * Returns the state before any session.
   *
   * @return the state
   */
  static LeadershipState initial() {
    return ImmutableLeadershipState.builder().build();
  }
}
