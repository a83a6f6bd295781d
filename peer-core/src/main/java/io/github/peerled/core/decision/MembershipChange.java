package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change to one member's standing, or their removal. The member it is about is left out of the
 * count. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembershipChange.class)
@JsonDeserialize(as = ImmutableMembershipChange.class)
public non-sealed interface MembershipChange extends ProposalContent {
  /**
   * Returns the member the change is about.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the new standing.
   *
   * @return the standing; empty when the member is to be removed
   */
  Optional<Standing> standing();

  /**
   * Tells whether the member is to be removed from the group.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean remove() {
    return false;
  }

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.MEMBERSHIP;
  }

  @Override
  default Set<MemberId> subjects() {
    return Set.of(member());
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException unless exactly one of a new standing and removal is given, or if
   *     the new standing is founding member
   */
  @Value.Check
  default void check() {
    if (standing().isPresent() == remove()) {
      throw new IllegalStateException(
          "a membership change gives either a new standing or remove=true, not both or neither");
    }
    if (standing().isPresent() && standing().get() == Standing.FOUNDING_MEMBER) {
      throw new IllegalStateException("nobody becomes a founding member after the founding");
    }
  }

  /**
   * Returns a builder of {@code MembershipChange}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * MembershipChange membershipChange = MembershipChange.builder()
   *     .member(MemberId.of("carol"))
   *     .standing(Standing.MEMBER)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableMembershipChange.Builder builder() {
    return ImmutableMembershipChange.builder();
  }
}
