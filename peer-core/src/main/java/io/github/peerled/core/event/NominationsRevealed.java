package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peer revealed the nominations of a role's selection; its change round began. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNominationsRevealed.class)
@JsonDeserialize(as = ImmutableNominationsRevealed.class)
public non-sealed interface NominationsRevealed extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the nominations revealed: who nominated whom.
   *
   * @return the nominee by nominator, in the order they nominated
   */
  Map<MemberId, MemberId> nominations();

  /**
   * Returns the fallback when nobody was nominated: rotation's round robin among the eligible
   * members, or among every active peer when none is eligible.
   *
   * @return the member; empty when someone was nominated or nobody at all could hold the role
   */
  Optional<MemberId> fallback();
}
