package io.github.peerled.core.runtime;

import io.github.peerled.core.engine.RejectionReason;
import java.util.Objects;

/**
 * Why a {@link Guard} refuses a command. Immutable and thread-safe.
 *
 * @param guard who refuses (a rule id, a policy name), for the member and the logs
 * @param reason the kind of refusal, used as the rejection's reason
 * @param message the plain message, fit to show to the member
 */
public record Violation(String guard, RejectionReason reason, String message) {
  /**
   * Creates a violation.
   *
   * @throws NullPointerException if any argument is null
   */
  public Violation {
    Objects.requireNonNull(guard, "guard");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns a violation of reason {@link RejectionReason#NOT_PERMITTED}.
   *
   * @param guard who refuses
   * @param message the message
   * @return the violation
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(String guard, String message) {
    return new Violation(guard, RejectionReason.NOT_PERMITTED, message);
  }
}
