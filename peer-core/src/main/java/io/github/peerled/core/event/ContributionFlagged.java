package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * A member flagged a contribution, with their reason; each member flags a contribution once. The
 * contribution and its text stay in the log. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionFlagged.class)
@JsonDeserialize(as = ImmutableContributionFlagged.class)
public non-sealed interface ContributionFlagged extends GroupEvent {
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
   * Returns why the member flagged it.
   *
   * @return the reason, in the flagger's words
   */
  @PersonalData
  String reason();
}
