package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * An adopted reconsideration cancelled a scheduled guideline version before it took effect; the
 * version in force stays. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduledVersionCancelled.class)
@JsonDeserialize(as = ImmutableScheduledVersionCancelled.class)
public non-sealed interface ScheduledVersionCancelled extends GroupEvent {
  /**
   * Returns the number the cancelled version would have had.
   *
   * @return the number
   */
  int version();

  /**
   * Returns the reconsideration that cancelled it.
   *
   * @return the proposal
   */
  ProposalId decidedBy();
}
