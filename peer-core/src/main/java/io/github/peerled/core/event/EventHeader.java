package io.github.peerled.core.event;

import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;

/**
 * The four values every {@link GroupEvent} carries: its sequence number in the group's log, the
 * group, the member who caused it and the instant. Apart from the events, so that an event's
 * builder can take them from one value ({@code ImmutableMemberJoined.builder().from(header)})
 * although the event types themselves are sealed. Implementations are immutable and thread-safe.
 */
public interface EventHeader {
  /**
   * Returns the event's position in the group's log.
   *
   * @return 1 for the first event, then 2, 3, ...
   */
  long sequence();

  /**
   * Returns the group the event happened to.
   *
   * @return the group id
   */
  GroupId groupId();

  /**
   * Returns the member who caused the event (for the consequences of a decision, the member who
   * closed it).
   *
   * @return the member id
   */
  MemberId actor();

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant at();
}
