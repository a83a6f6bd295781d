package io.github.peerled.core.leadership;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import org.immutables.value.Value;

/**
 * Who a selection proposes for a role: the part of a {@code LeadershipChange} that, once adopted,
 * starts the member's term. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleAssignment.class)
@JsonDeserialize(as = ImmutableRoleAssignment.class)
public interface RoleAssignment {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member who would hold it.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns an assignment.
   *
   * @param role the role
   * @param member the member
   * @return the assignment
   */
  static RoleAssignment of(RoleName role, MemberId member) {
    return ImmutableRoleAssignment.builder().role(role).member(member).build();
  }
}
