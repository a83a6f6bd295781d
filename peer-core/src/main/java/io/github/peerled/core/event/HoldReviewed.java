package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import io.github.peerled.core.session.SessionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hold of a contribution was reviewed: kept (it stays hidden) or released (it is shown again),
 * with the reviewer's reason. Reviewed by a facilitator, the actor is the reviewer; reviewed by the
 * group ({@code HoldReview}), the actor closed the decision, {@link #decidedBy()} names it and the
 * reason is the group's. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHoldReviewed.class)
@JsonDeserialize(as = ImmutableHoldReviewed.class)
public non-sealed interface HoldReviewed extends GroupEvent {
  /**
   * Returns the session of the contribution.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the contribution's number within its session.
   *
   * @return the number
   */
  int number();

  /**
   * Tells whether the hold was kept.
   *
   * @return true if the contribution stays hidden; false if it is released
   */
  boolean kept();

  /**
   * Returns the reviewer's reason.
   *
   * @return the reason
   */
  String reason();

  /**
   * Returns the group's decision that reviewed the hold. Absent in JSON written before the group
   * could review holds.
   *
   * @return the adopted proposal; empty when a facilitator reviewed
   */
  Optional<ProposalId> decidedBy();
}
