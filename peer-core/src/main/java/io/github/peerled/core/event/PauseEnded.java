package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member's pause ended: by itself at its end date (recorded by a deadline check), or earlier by a
 * decision to end it (an appeal the group granted). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePauseEnded.class)
@JsonDeserialize(as = ImmutablePauseEnded.class)
public non-sealed interface PauseEnded extends GroupEvent {
  /**
   * Returns the member whose pause ended.
   *
   * @return the member
   */
  MemberId member();

  /**
   * Returns when the pause was to end by itself.
   *
   * @return the end date the pause was decided with
   */
  Instant until();

  /**
   * Returns the decision that ended the pause early.
   *
   * @return the proposal; empty when the pause ran to its end date
   */
  Optional<ProposalId> endedEarlyBy();
}
