package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member left the group, or was removed by a decision. The group keeps their id and forgets their
 * name. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberLeft.class)
@JsonDeserialize(as = ImmutableMemberLeft.class)
public non-sealed interface MemberLeft extends GroupEvent {
  /**
   * Returns the member who left.
   *
   * @return the member who left
   */
  MemberId member();

  /**
   * Returns the decision that removed them, if they did not leave of their own accord.
   *
   * @return the decision that removed them, if they did not leave of their own accord
   */
  Optional<ProposalId> removedBy();

  /**
   * Returns the group's reason for asking the member to leave, as the decision that removed them
   * gave it.
   *
   * @return the reason; empty for a member who left of their own accord, or when none was given
   */
  Optional<String> reason();
}
