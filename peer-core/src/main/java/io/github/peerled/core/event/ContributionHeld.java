package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * A contribution was held: its flags reached the group's threshold. The host hides it pending a
 * review ({@link HoldReviewed}); its text stays in the log. The actor is the member whose flag
 * reached the threshold. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionHeld.class)
@JsonDeserialize(as = ImmutableContributionHeld.class)
public non-sealed interface ContributionHeld extends GroupEvent {
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
   * Returns how many members had flagged it.
   *
   * @return the number of flags, at least {@link #threshold()}
   */
  int flags();

  /**
   * Returns the group's flag threshold in force when it was held.
   *
   * @return the threshold
   */
  int threshold();
}
