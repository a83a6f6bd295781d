package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ObjectionId;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/** An objection's author withdrew it. The actor is the author. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableObjectionWithdrawn.class)
@JsonDeserialize(as = ImmutableObjectionWithdrawn.class)
public non-sealed interface ObjectionWithdrawn extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the objection, by its number within the proposal.
   *
   * @return the objection's id
   */
  ObjectionId objection();
}
