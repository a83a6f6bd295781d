package io.github.peerled.core.group;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in a group as the group keeps them: a pseudonymous id, a standing, roles, and the
 * guideline version they acknowledged on joining. When a person leaves, the group keeps the id (so
 * tallies stay intact) but forgets the name. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public interface Member {
  /**
   * Returns the member's id.
   *
   * @return the id
   */
  MemberId id();

  /**
   * Returns the name the member goes by, while they are in the group.
   *
   * @return the name; empty once they left, or if they never gave one
   */
  Optional<String> displayName();

  /**
   * Returns the member's standing.
   *
   * @return the standing
   */
  Standing standing();

  /**
   * Returns where an advisor comes from.
   *
   * @return the affiliation; empty for peers and guests
   */
  Optional<Affiliation> affiliation();

  /**
   * Returns the standing roles the member holds (such as mentor), in the order given.
   *
   * @return the roles
   */
  Set<Role> roles();

  /**
   * Returns when the member joined.
   *
   * @return the instant
   */
  Instant joinedAt();

  /**
   * Returns the guideline version the member acknowledged on joining (0 for founders, who adopt
   * version 1 together).
   *
   * @return the version number
   */
  int acknowledgedVersion();

  /**
   * Returns when the member left, if they did.
   *
   * @return the instant
   */
  Optional<Instant> leftAt();

  /**
   * Returns when the member asked to be forgotten, if they did: from then on their name and their
   * words read as {@link io.github.peerled.core.privacy.PersonalData#REMOVED}.
   *
   * @return the instant
   */
  Optional<Instant> forgottenAt();

  /**
   * Tells whether the member is still in the group.
   *
   * @return true until they leave
   */
  @JsonIgnore
  default boolean isActive() {
    return leftAt().isEmpty();
  }

  /**
   * Tells whether the member is an active peer (founding member, member or newcomer).
   *
   * @return true for active peers
   */
  @JsonIgnore
  default boolean isActivePeer() {
    return isActive() && standing().isPeer();
  }

  /**
   * Tells whether the member is still in their newcomer period at an instant.
   *
   * @param at the instant
   * @param newcomerPeriod the group's newcomer period
   * @return true for a newcomer who joined less than {@code newcomerPeriod} before {@code at}
   */
  default boolean isNewcomerAt(Instant at, Duration newcomerPeriod) {
    return standing() == Standing.NEWCOMER && at.isBefore(joinedAt().plus(newcomerPeriod));
  }
}
