package io.github.peerled.core.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.event.GroupEvent;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the engine decided for a command: the events it gives, or the rejection. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommandResult.class)
@JsonDeserialize(as = ImmutableCommandResult.class)
public interface CommandResult {
  /**
   * Returns the events, in order.
   *
   * @return at least one event if accepted; none if rejected
   */
  List<GroupEvent> events();

  /**
   * Returns the rejection.
   *
   * @return the rejection; empty if accepted
   */
  Optional<Rejection> rejection();

  /**
   * Tells whether the command was accepted.
   *
   * @return true if accepted
   */
  @JsonIgnore
  default boolean isAccepted() {
    return rejection().isEmpty();
  }

  /**
   * Returns an accepted result.
   *
   * @param events the events
   * @return the result
   */
  static CommandResult accepted(List<GroupEvent> events) {
    return ImmutableCommandResult.builder().events(events).build();
  }

  /**
   * Returns a rejected result.
   *
   * @param rejection the rejection
   * @return the result
   */
  static CommandResult rejected(Rejection rejection) {
    return ImmutableCommandResult.builder().rejection(rejection).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException unless exactly one of events and rejection is given
   */
  @Value.Check
  default void check() {
    if (events().isEmpty() == rejection().isEmpty()) {
      throw new IllegalStateException("a command result has either events or a rejection");
    }
  }
}
