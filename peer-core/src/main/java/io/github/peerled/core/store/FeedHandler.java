package io.github.peerled.core.store;

/**
 * Handles the events an {@link EventFeed} delivers to one subscriber. Returning normally
 * acknowledges the event: the subscriber's checkpoint may then move past it. Throwing does not: the
 * event, and every one after it, is delivered again by the next poll.
 *
 * <p>Delivery is at least once, so a handler should be idempotent (keyed on the {@link
 * FeedEvent#position() position}, or on the group and sequence).
 */
@FunctionalInterface
public interface FeedHandler {
  /**
   * Handles one event.
   *
   * @param event the event
   * @throws Exception if the event was not handled; it is not acknowledged
   */
  void handle(FeedEvent event) throws Exception;
}
