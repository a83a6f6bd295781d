package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who holds a role the group defined, until when, and who held it before: what the consecutive-term
 * limit and the fallback of a selection read. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleTenure.class)
@JsonDeserialize(as = ImmutableRoleTenure.class)
public interface RoleTenure {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns who holds the role now.
   *
   * @return the member; empty when the role is vacant
   */
  Optional<MemberId> holder();

  /**
   * Returns when the current term ends; a deadline check records the end then.
   *
   * @return the instant; empty when the role is vacant
   */
  Optional<Instant> termEndsAt();

  /**
   * Returns who held the latest term, current or ended.
   *
   * @return the member; empty before the first term
   */
  Optional<MemberId> lastHolder();

  /**
   * Returns how many terms in a row the latest holder has held, the current one included.
   *
   * @return the count; 0 before the first term
   */
  @Value.Default
  default int consecutiveTerms() {
    return 0;
  }

  /**
   * Returns, for each member who has held the role, the ordinal (1, 2, ...) of their latest term.
   *
   * @return the ordinals by member
   */
  Map<MemberId, Long> lastTerm();

  /**
   * Returns how many terms have started.
   *
   * @return the count
   */
  @Value.Default
  default long terms() {
    return 0;
  }
}
