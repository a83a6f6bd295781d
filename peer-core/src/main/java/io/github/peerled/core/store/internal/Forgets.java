package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.internal.Sealer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the file and PostgreSQL stores do with personal data at their boundary: seal it on the way
 * in when they have member keys, and refuse to record a forgetting they could not carry out.
 */
final class Forgets {
  private Forgets() {}

  /**
   * Returns the events to write: sealed if the store has keys.
   *
   * @throws IllegalArgumentException if the store has no keys and a member is to be forgotten
   */
  static List<? extends GroupEvent> seal(
      @Nullable Sealer sealer, List<? extends GroupEvent> events, String store) {
    if (sealer == null) {
      for (GroupEvent e : events) {
        if (e instanceof MemberForgotten f) {
          throw new IllegalArgumentException(
              "event "
                  + e.sequence()
                  + ": cannot forget "
                  + f.member()
                  + ": this "
                  + store
                  + " keeps personal data in plain text; build it with memberKeys(...) so that"
                  + " forgetting can destroy the member's key");
        }
      }
      return events;
    }
    List<GroupEvent> sealed = new ArrayList<>(events.size());
    for (GroupEvent e : events) {
      sealed.add(sealer.seal(e));
    }
    return sealed;
  }

  /** Returns the members the events forget, in order. */
  static List<MemberId> forgotten(List<? extends GroupEvent> events) {
    List<MemberId> out = new ArrayList<>(0);
    for (GroupEvent e : events) {
      if (e instanceof MemberForgotten f) {
        out.add(f.member());
      }
    }
    return out;
  }

  /** Returns the sequence of the last forgetting among the events, or 0. */
  static long lastForgetting(List<? extends GroupEvent> events) {
    long last = 0;
    for (GroupEvent e : events) {
      if (e instanceof MemberForgotten) {
        last = e.sequence();
      }
    }
    return last;
  }
}
