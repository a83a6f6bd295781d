package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.immutables.value.Value;

/**
 * A group was founded by its founding members, with a draft of its first guidelines. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupFounded.class)
@JsonDeserialize(as = ImmutableGroupFounded.class)
public non-sealed interface GroupFounded extends GroupEvent {
  /**
   * Returns the group's profile.
   *
   * @return the group's profile
   */
  GroupProfile profile();

  /**
   * Returns the governance settings the founders chose.
   *
   * @return the governance settings the founders chose
   */
  GovernanceSettings governance();

  /**
   * Returns the founding members, in order.
   *
   * @return the founding members, in order
   */
  List<FoundingMember> founders();

  /**
   * Returns the draft of the first guidelines.
   *
   * @return the draft of the first guidelines
   */
  List<Clause> draft();
}
