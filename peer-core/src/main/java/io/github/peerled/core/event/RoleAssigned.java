package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import org.immutables.value.Value;

/** A member took on a standing role by a decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleAssigned.class)
@JsonDeserialize(as = ImmutableRoleAssigned.class)
public non-sealed interface RoleAssigned extends GroupEvent {
  /**
   * Returns the member.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the role.
   *
   * @return the role
   */
  Role role();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  ProposalId decidedBy();
}
