package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.internal.Sealer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the file and PostgreSQL stores do about forgetting at their boundary: refuse to record a
 * forgetting they could not carry out, and find the members an append forgets.
 */
final class Forgets {
  private Forgets() {}

  /**
   * Refuses an append that forgets a member in a store without keys. (A store with keys seals the
   * events' personal values as it writes them.)
   *
   * @throws IllegalArgumentException if the store has no keys and a member is to be forgotten
   */
  static void check(@Nullable Sealer sealer, List<? extends GroupEvent> events, String store) {
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
    }
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
