package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RotationPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change to shared leadership: the rotation policy, and who holds the mentor role. The members
 * who would become or stop being mentors are left out of the count, as the member a membership
 * change is about is. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLeadershipChange.class)
@JsonDeserialize(as = ImmutableLeadershipChange.class)
public non-sealed interface LeadershipChange extends ProposalContent {
  /**
   * Returns the new rotation policy.
   *
   * @return the policy; empty to keep the current one
   */
  Optional<RotationPolicy> rotation();

  /**
   * Returns the members who become mentors.
   *
   * @return the members
   */
  List<MemberId> addMentors();

  /**
   * Returns the members who stop being mentors.
   *
   * @return the members
   */
  List<MemberId> removeMentors();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.LEADERSHIP;
  }

  @Override
  default Set<MemberId> subjects() {
    Set<MemberId> about = new LinkedHashSet<>(addMentors());
    about.addAll(removeMentors());
    return about;
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the change changes nothing
   */
  @Value.Check
  default void check() {
    if (rotation().isEmpty() && addMentors().isEmpty() && removeMentors().isEmpty()) {
      throw new IllegalStateException("a leadership change changes nothing");
    }
  }
}
