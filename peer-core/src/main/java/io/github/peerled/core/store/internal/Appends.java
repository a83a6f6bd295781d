package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import java.util.List;

/** Checks shared by the stores. */
final class Appends {
  private Appends() {}

  static void check(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expected version must be 0 or more: " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    long next = expectedVersion + 1;
    for (GroupEvent e : events) {
      if (!e.groupId().equals(group)) {
        throw new IllegalArgumentException(
            "event " + e.sequence() + " belongs to group " + e.groupId() + ", not " + group);
      }
      if (e.sequence() != next) {
        throw new IllegalArgumentException(
            "event " + e.sequence() + " is out of order: expected sequence number " + next);
      }
      next++;
    }
  }

  static void checkFrom(long fromSequence) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("sequence numbers start at 1, was " + fromSequence);
    }
  }
}
