package io.github.peerled.core.store;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.util.Objects;

/**
 * One event as an {@link EventFeed} delivers it: the event with its place in the feed.
 *
 * @param position the event's global position: a number unique to this event among all events of
 *     all groups in the store, at least 1; positions grow in the order the events were written
 *     (which may differ from the order they are delivered in, see {@link EventFeed})
 * @param event the event, which carries its group and its sequence number in the group's log
 */
public record FeedEvent(long position, GroupEvent event) {
  /**
   * Creates a feed event.
   *
   * @throws IllegalArgumentException if {@code position} is less than 1
   * @throws NullPointerException if {@code event} is null
   */
  public FeedEvent {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1, was " + position);
    }
    Objects.requireNonNull(event, "event");
  }

  /**
   * Returns the group the event belongs to.
   *
   * @return the group id
   */
  public GroupId group() {
    return event.groupId();
  }

  /**
   * Returns the event's sequence number in its group's log.
   *
   * @return the sequence number, at least 1
   */
  public long sequence() {
    return event.sequence();
  }
}
