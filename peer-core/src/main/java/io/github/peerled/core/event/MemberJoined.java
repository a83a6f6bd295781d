package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.Affiliation;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import io.github.peerled.core.privacy.PersonalData;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person joined the group and acknowledged its guidelines in force. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberJoined.class)
@JsonDeserialize(as = ImmutableMemberJoined.class)
public non-sealed interface MemberJoined extends GroupEvent {
  /**
   * Returns the new member.
   *
   * @return the new member
   */
  MemberId member();

  /**
   * Returns the name they go by, if given.
   *
   * @return the name they go by, if given
   */
  @PersonalData(owner = "member")
  Optional<String> displayName();

  /**
   * Returns their standing.
   *
   * @return their standing
   */
  Standing standing();

  /**
   * Returns where an advisor comes from.
   *
   * @return where an advisor comes from
   */
  Optional<Affiliation> affiliation();

  /**
   * Returns the guideline version they acknowledged.
   *
   * @return the guideline version they acknowledged
   */
  int acknowledgedVersion();
}
