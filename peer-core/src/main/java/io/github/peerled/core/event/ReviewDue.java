package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.Review;
import org.immutables.value.Value;

/**
 * A review date the group set (on a decided proposal, or on a clause of the guidelines in force)
 * was reached, as a deadline check found; recorded once per review. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewDue.class)
@JsonDeserialize(as = ImmutableReviewDue.class)
public non-sealed interface ReviewDue extends GroupEvent {
  /**
   * Returns the review that fell due.
   *
   * @return the review
   */
  Review review();
}
