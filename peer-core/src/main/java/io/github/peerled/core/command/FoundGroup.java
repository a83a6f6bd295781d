package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.group.FoundingMember;
import io.github.peerled.core.group.GroupProfile;
import io.github.peerled.core.guideline.Clause;
import java.util.List;
import org.immutables.value.Value;

/**
 * Founds a group with its founding members and a draft of its first guidelines. The actor must be
 * one of the founders. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFoundGroup.class)
@JsonDeserialize(as = ImmutableFoundGroup.class)
public non-sealed interface FoundGroup extends GroupCommand {
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
  @Value.Default
  default GovernanceSettings governance() {
    return GovernanceSettings.ofDefaults();
  }

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

  /**
   * Returns a builder of {@code FoundGroup}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * FoundGroup foundGroup = FoundGroup.builder()
   *     .actor(MemberId.of("alice"))
   *     .profile(profile)
   *     .addFounders(FoundingMember.of("alice", "Alice"), FoundingMember.of("bob", "Bob"))
   *     .addDraft(Clause.of("sharing", "We share our own experience."))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableFoundGroup.Builder builder() {
    return ImmutableFoundGroup.builder();
  }
}
