package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.session.SessionId;
import org.immutables.value.Value;

/**
 * Flags a contribution with a reason. Each member flags a contribution once; peers always may,
 * advisors and guests as the group's settings say ({@code GovernanceSettings.advisorsMayFlag},
 * {@code guestsMayFlag}). When the flags reach the group's {@code flagThreshold}, the contribution
 * is held pending a review ({@link ReviewHold}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlagContribution.class)
@JsonDeserialize(as = ImmutableFlagContribution.class)
public non-sealed interface FlagContribution extends GroupCommand {
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
   * Returns why the actor flags it.
   *
   * @return the reason, not blank
   */
  String reason();

  /**
   * Returns a builder of {@code FlagContribution}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * FlagContribution flag = FlagContribution.builder()
   *     .actor(MemberId.of("bob"))
   *     .sessionId(SessionId.of("s-1"))
   *     .number(3)
   *     .reason("A personal attack on another member.")
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableFlagContribution.Builder builder() {
    return ImmutableFlagContribution.builder();
  }
}
