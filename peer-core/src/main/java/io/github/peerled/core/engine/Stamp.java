package io.github.peerled.core.engine;

import io.github.peerled.core.event.EventHeader;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events one command is decided into, as they are made: numbers them from the state's version
 * on and stamps each with the group, the actor and the instant. Not thread-safe: lives for one
 * decision.
 */
final class Stamp {
  /** The four values every event carries; only ever copied into an event's builder. */
  private record Header(long sequence, GroupId groupId, MemberId actor, Instant at)
      implements EventHeader {}

  final GroupState state;
  final MemberId actor;
  final Instant now;
  private long next;
  final List<GroupEvent> events = new ArrayList<>(2);

  Stamp(GroupState state, MemberId actor, Instant now) {
    this.state = state;
    this.actor = actor;
    this.now = now;
    this.next = state.version() + 1;
  }

  /** The sequence number, group, actor and instant of the next event, for its builder's from. */
  EventHeader next() {
    return new Header(next++, state.groupId(), actor, now);
  }

  /** The command's result: accepted, with the events made. */
  CommandResult done() {
    return CommandResult.accepted(events);
  }
}
