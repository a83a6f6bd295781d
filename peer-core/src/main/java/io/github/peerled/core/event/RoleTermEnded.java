package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import io.github.peerled.core.leadership.RoleTermEnd;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A member's term in a role ended: it ran its length (recorded by a deadline check, once), or the
 * group selected a successor. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleTermEnded.class)
@JsonDeserialize(as = ImmutableRoleTermEnded.class)
public non-sealed interface RoleTermEnded extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member whose term ended.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns when the term was to end.
   *
   * @return the instant
   */
  Instant endsAt();

  /**
   * Returns why it ended.
   *
   * @return the reason
   */
  RoleTermEnd reason();
}
