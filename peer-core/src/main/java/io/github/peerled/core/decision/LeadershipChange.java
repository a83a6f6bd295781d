package io.github.peerled.core.decision;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.leadership.RoleAssignment;
import io.github.peerled.core.leadership.RotationPolicy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change to shared leadership: the rotation policy, who holds the mentor role, and who a
 * selection proposes for a role the group defines. The members who would become or stop being
 * mentors, or take the role, are left out of the count, as the member a membership change is about
 * is. Immutable and thread-safe.
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
   * Returns the members who become mentors. The builder adds one with {@code addMentorsToAdd(..)}
   * and replaces them all with {@code mentorsToAdd(..)}. JSON written before this name was chosen
   * calls the field {@code addMentors}; it still reads.
   *
   * @return the members
   */
  @JsonAlias("addMentors")
  List<MemberId> mentorsToAdd();

  /**
   * Returns the members who stop being mentors. The builder adds one with {@code
   * addMentorsToRemove(..)} and replaces them all with {@code mentorsToRemove(..)}. JSON written
   * before this name was chosen calls the field {@code removeMentors}; it still reads.
   *
   * @return the members
   */
  @JsonAlias("removeMentors")
  List<MemberId> mentorsToRemove();

  /**
   * Returns the member a selection proposes for a role the group defines ({@code
   * GovernanceSettings.roles()}). Once adopted, the member's term starts (ending the current
   * holder's, if any); the selection of that role must have revealed its nominations. The member is
   * left out of the count, as the member a membership change is about is. Absent in JSON written
   * before roles existed.
   *
   * @return the assignment; empty for none
   */
  Optional<RoleAssignment> assignment();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.LEADERSHIP;
  }

  @Override
  default Set<MemberId> subjects() {
    Set<MemberId> about = new LinkedHashSet<>(mentorsToAdd());
    about.addAll(mentorsToRemove());
    assignment().ifPresent(a -> about.add(a.member()));
    return about;
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the change changes nothing
   */
  @Value.Check
  default void check() {
    if (rotation().isEmpty()
        && mentorsToAdd().isEmpty()
        && mentorsToRemove().isEmpty()
        && assignment().isEmpty()) {
      throw new IllegalStateException("a leadership change changes nothing");
    }
  }

  /**
   * Returns a builder of {@code LeadershipChange}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * LeadershipChange leadershipChange = LeadershipChange.builder()
   *     .addMentorsToAdd(MemberId.of("bob"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableLeadershipChange.Builder builder() {
    return ImmutableLeadershipChange.builder();
  }
}
