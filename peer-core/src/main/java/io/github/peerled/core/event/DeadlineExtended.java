package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A late decision moved an open proposal's deadline: the stance that first reached quorum came
 * within the procedure's late-decision window before the deadline ({@code
 * DecisionProcedure.lateQuorumWindow()}). A deadline moves once at most. The actor is the member
 * whose stance reached quorum. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineExtended.class)
@JsonDeserialize(as = ImmutableDeadlineExtended.class)
public non-sealed interface DeadlineExtended extends GroupEvent {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the deadline before the extension.
   *
   * @return the instant
   */
  Instant previousDeadline();

  /**
   * Returns the new deadline.
   *
   * @return the instant, after {@link #previousDeadline()}
   */
  Instant deadline();
}
