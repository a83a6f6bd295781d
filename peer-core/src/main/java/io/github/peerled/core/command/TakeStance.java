package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionGround;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.decision.StanceKind;
import java.util.Optional;
import org.immutables.value.Value;

/** Takes, or changes, the actor's stance on an open proposal. Immutable and thread-safe. */
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
