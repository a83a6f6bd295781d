package io.github.peerled.core.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a command was rejected: a typed reason, a plain message, and for a wrong state the current
 * and the expected states. A rejection is a value, not an exception; a rejected command changes
 * nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejection.class)
@JsonDeserialize(as = ImmutableRejection.class)
public interface Rejection {
  /**
   * Returns the reason.
   *
   * @return the reason
   */
  RejectionReason reason();

  /**
   * Returns the plain message.
   *
   * @return the message, fit to show to the member
   */
  String message();

  /**
   * Returns the state of the thing acted on, for {@link RejectionReason#WRONG_STATE}.
   *
   * @return the current state's name
   */
  Optional<String> currentState();

  /**
   * Returns the states that would have accepted the command, for {@link
   * RejectionReason#WRONG_STATE}.
   *
   * @return the expected states' names
   */
  List<String> expectedStates();

  /**
   * Returns a rejection.
   *
   * @param reason the reason
   * @param message the message
   * @return the rejection
   */
  static Rejection of(RejectionReason reason, String message) {
    return ImmutableRejection.builder().reason(reason).message(message).build();
  }
}
