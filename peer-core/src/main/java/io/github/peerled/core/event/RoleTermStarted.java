package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A member began a term in a role the group defines, by a leadership decision that closed the
 * role's selection. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleTermStarted.class)
@JsonDeserialize(as = ImmutableRoleTermStarted.class)
public non-sealed interface RoleTermStarted extends GroupEvent {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns when the term ends.
   *
   * @return the instant: the event's instant plus the role's term
   */
  Instant endsAt();

  /**
   * Returns how many terms in a row the member now holds, this one included.
   *
   * @return at least 1
   */
  int consecutiveTerms();

  /**
   * Returns the decision.
   *
   * @return the proposal
   */
  ProposalId decidedBy();
}
