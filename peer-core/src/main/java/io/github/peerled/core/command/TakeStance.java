package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
}
