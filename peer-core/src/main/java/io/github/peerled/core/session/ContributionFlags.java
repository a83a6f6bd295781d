package io.github.peerled.core.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The flags on one contribution and its hold: who flagged it (each member once), whether it is held
 * and how a review settled the hold. The reasons given are in the log's events ({@code
 * ContributionFlagged}, {@code HoldReviewed}), not here. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContributionFlags.class)
@JsonDeserialize(as = ImmutableContributionFlags.class)
public interface ContributionFlags {
  /**
   * Returns the session of the contribution.
   *
   * @return the session id
   */
  SessionId sessionId();

  /**
   * Returns the contribution's number within its session.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Returns who flagged it, in the order they did.
   *
   * @return the members, each once
   */
  List<MemberId> flaggedBy();

  /**
   * Returns where the hold stands.
   *
   * @return the status; {@link HoldStatus#NOT_HELD} unless set
   */
  @Value.Default
  default HoldStatus hold() {
    return HoldStatus.NOT_HELD;
  }

  /**
   * Returns when the contribution was held.
   *
   * @return the instant; empty if it never was
   */
  Optional<Instant> heldAt();

  /**
   * Returns who reviewed the hold.
   *
   * @return the reviewer; empty until reviewed
   */
  Optional<MemberId> reviewedBy();

  /**
   * Tells whether a host hides the contribution.
   *
   * @return true while held or kept
   */
  @JsonIgnore
  default boolean hidden() {
    return hold().hides();
  }
}
