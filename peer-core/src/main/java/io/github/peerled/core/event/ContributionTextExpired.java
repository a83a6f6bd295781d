package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The text of the contributions to some closed sessions expired under the group's retention setting
 * ({@code GovernanceSettings.contributionRetention()}), as a deadline check found: each session
 * named closed at or before the cut-off. From here on the text of every contribution to them reads
 * as {@link io.github.peerled.core.privacy.PersonalData#EXPIRED}; who spoke, when, the contribution
 * numbers, kinds and acts stay. A store with keys destroys the sessions' retention keys when it
 * appends this event. Records that the text expired, never what it said. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionTextExpired.class)
@JsonDeserialize(as = ImmutableContributionTextExpired.class)
public non-sealed interface ContributionTextExpired extends GroupEvent {
  /**
   * Returns the sessions whose contribution text expired.
   *
   * @return the sessions, in the order they closed; at least one
   */
  List<SessionId> sessions();

  /**
   * Returns the cut-off: the instant of the check less the retention period. Every session named
   * closed at or before it.
   *
   * @return the cut-off
   */
  Instant cutOff();

  /**
   * Returns the retention period in force at the check.
   *
   * @return the period
   */
  Duration retention();
}
