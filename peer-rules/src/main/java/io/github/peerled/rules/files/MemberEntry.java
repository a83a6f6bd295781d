package io.github.peerled.rules.files;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Role;
import io.github.peerled.core.group.Standing;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One person in a group file. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberEntry.class)
@JsonDeserialize(as = ImmutableMemberEntry.class)
public interface MemberEntry {
  /**
   * Returns the member's id.
   *
   * @return the id
   */
  MemberId id();

  /**
   * Returns the name the member goes by.
   *
   * @return the name, if given
   */
  Optional<String> displayName();

  /**
   * Returns the member's standing.
   *
   * @return the standing; {@link Standing#MEMBER} unless set
   */
  @Value.Default
  default Standing standing() {
    return Standing.MEMBER;
  }

  /**
   * Returns where an advisor comes from.
   *
   * @return the affiliation, if any
   */
  Optional<Affiliation> affiliation();

  /**
   * Returns the member's standing roles.
   *
   * @return the roles
   */
  List<Role> roles();
}
