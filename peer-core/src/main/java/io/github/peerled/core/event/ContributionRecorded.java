package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.Contribution;
import org.immutables.value.Value;

/** A contribution to a session was recorded. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionRecorded.class)
@JsonDeserialize(as = ImmutableContributionRecorded.class)
public non-sealed interface ContributionRecorded extends GroupEvent {
  /**
   * Returns the contribution.
   *
   * @return the contribution
   */
  Contribution contribution();
}
