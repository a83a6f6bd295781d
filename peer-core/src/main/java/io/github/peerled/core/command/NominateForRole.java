package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleName;
import org.immutables.value.Value;

/**
 * Nominates a member (oneself included) for a role whose selection is open. Before the reveal each
 * peer nominates once, and the nomination is hidden from the members ({@code
 * GroupState.asSeenByMembers()}); after the reveal ({@link RevealNominations}), in the change
 * round, a peer may change their nomination, or nominate for the first time. The nominee must be
 * eligible for the role. Only peers nominate. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNominateForRole.class)
@JsonDeserialize(as = ImmutableNominateForRole.class)
public non-sealed interface NominateForRole extends GroupCommand {
  /**
   * Returns the role.
   *
   * @return the role's name
   */
  RoleName role();

  /**
   * Returns the member nominated.
   *
   * @return the member
   */
  MemberId nominee();

  /**
   * Returns a builder of {@code NominateForRole}; actor, role and nominee must be set before {@code
   * build()}.
   *
   * @return a new builder; not thread-safe, the command it builds is
   */
  static ImmutableNominateForRole.Builder builder() {
    return ImmutableNominateForRole.builder();
  }
}
