package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionGround;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import io.github.peerled.core.group.MemberId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Takes, or changes, the actor's stance on an open proposal, or, under a proxy, the stance of the
 * member who granted it ({@link #onBehalfOf()}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTakeStance.class)
@JsonDeserialize(as = ImmutableTakeStance.class)
public non-sealed interface TakeStance extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the stance.
   *
   * @return the stance
   */
  StanceKind kind();

  /**
   * Returns the reason (required for an objection).
   *
   * @return the reason (required for an objection)
   */
  Optional<String> reason();

  /**
   * Returns what an objection names, a harm or a better way: required for an objection under a
   * procedure with an objection test ({@code DecisionProcedure.objectionTest()}), refused for any
   * other stance. Absent in commands written before it existed.
   *
   * @return the ground; empty unless given
   */
  Optional<ObjectionGround> ground();

  /**
   * Returns the member on whose behalf the actor takes the stance, under a proxy that member
   * granted the actor ({@code GrantProxy}) and that is in force and covers the proposal. A stance
   * by proxy counts once, for that member, and gives way to their own stance: it is refused once
   * they have taken one on the proposal, and their own stance replaces it. It cannot be an
   * objection (an objection is the member's own, to resolve themself) and gives no reason (the
   * reasons are the member's own words). Absent in commands written before proxies existed.
   *
   * @return the member; empty for a stance of the actor's own
   */
  Optional<MemberId> onBehalfOf();

  /**
   * Returns a builder of {@code TakeStance}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * TakeStance takeStance = TakeStance.builder()
   *     .actor(MemberId.of("bob"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .kind(StanceKind.AGREE)
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableTakeStance.Builder builder() {
    return ImmutableTakeStance.builder();
  }
}
