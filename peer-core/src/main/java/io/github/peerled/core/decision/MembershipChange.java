package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change to one member's standing, their removal (asking them to leave), a pause of their
 * membership until an end date, or the early end of their pause (an appeal). The member it is about
 * may comment on it but is left out of its electorate, so of its count and quorum. Immutable and
 * thread-safe.
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

  /**
   * Returns when a pause of the member's membership is to end, if the change pauses them: from the
   * decision's close until then, they may comment on proposals, appeal, leave or be forgotten, and
   * nothing else, and the pause ends by itself then. A decision to pause a member already paused
   * replaces their pause.
   *
   * @return the end of the pause; empty unless the change pauses the member
   */
  Optional<Instant> pauseUntil();

  /**
   * Tells whether the change ends the member's pause early: an appeal, which the paused member may
   * propose themself.
   *
   * @return false unless set
   */
  @Value.Default
  default boolean endPause() {
    return false;
  }

  /**
   * Returns the group's reason, which the member is told: required for a pause, optional otherwise.
   * It is carried by the event that carries the change out.
   *
   * @return the reason, if given
   */
  Optional<String> reason();

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
   * @throws IllegalStateException unless exactly one of a new standing, removal, a pause and the
   *     end of a pause is given, or if the new standing is founding member
   */
  @Value.Check
  default void check() {
    int given =
        (standing().isPresent() ? 1 : 0)
            + (remove() ? 1 : 0)
            + (pauseUntil().isPresent() ? 1 : 0)
            + (endPause() ? 1 : 0);
    if (given != 1 && pauseUntil().isEmpty() && !endPause()) {
      throw new IllegalStateException(
          "a membership change gives either a new standing or remove=true, not both or neither");
    }
    if (given != 1) {
      throw new IllegalStateException(
          "a membership change gives exactly one of a new standing, remove=true, pauseUntil and"
              + " endPause=true");
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
