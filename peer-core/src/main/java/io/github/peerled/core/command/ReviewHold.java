package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * Reviews a held contribution: keeps the hold (the contribution stays hidden) or releases it, with
 * a reason. The reviewer is a facilitator: the facilitator or co-facilitator of the contribution's
 * session, or the group's latest facilitator; never a member who flagged it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewHold.class)
@JsonDeserialize(as = ImmutableReviewHold.class)
public non-sealed interface ReviewHold extends GroupCommand {
  /**
   * Returns the session of the contribution.
   *
   * @return the session
   */
  SessionId sessionId();

  /**
   * Returns the contribution's number within its session.
   *
   * @return the number, from 1
   */
  int number();

  /**
   * Tells whether the hold is kept.
   *
   * @return true to keep the contribution hidden; false to release it
   */
  boolean keep();

  /**
   * Returns the reviewer's reason.
   *
   * @return the reason, not blank
   */
  String reason();

  /**
   * Returns a builder of {@code ReviewHold}; every part without a default must be set before {@code
   * build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * ReviewHold review = ReviewHold.builder()
   *     .actor(MemberId.of("alice"))
   *     .sessionId(SessionId.of("s-1"))
   *     .number(3)
   *     .keep(true)
   *     .reason("It names and mocks another member.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableReviewHold.Builder builder() {
    return ImmutableReviewHold.builder();
  }
}
