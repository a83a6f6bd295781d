package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.group.Standing;
import org.immutables.value.Value;

/** A member's standing changed by a decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableStandingChanged.class)
@JsonDeserialize(as = ImmutableStandingChanged.class)
public non-sealed interface StandingChanged extends GroupEvent {
  /**
   * Returns the member.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns the new standing.
   *
   * @return the new standing
   */
  Standing standing();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  ProposalId decidedBy();
}
