package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.privacy.internal.TextRetention;
import io.github.peerled.core.session.SessionId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the file and PostgreSQL stores do with personal data at their boundary: seal it on the way
 * in when they have member keys (and contribution text under its session's retention key), open it
 * on the way out, and refuse to record a forgetting or an expiry they could not carry out.
 */
final class Forgets {
  private Forgets() {}

  /**
   * Returns the events to write: sealed if the store has keys, a contribution's text a second time
   * under its session's retention key if the key store keeps them.
   *
   * @throws IllegalArgumentException if the store has no keys and a member is to be forgotten, or
   *     cannot shred text the events expire
   */
  static List<? extends GroupEvent> seal(
      @Nullable Sealer sealer, List<? extends GroupEvent> events, String store) {
    for (GroupEvent e : events) {
      if (e instanceof ContributionTextExpired x
          && (sealer == null || !sealer.keys().keepsRetentionKeys())) {
        throw new IllegalArgumentException(
            "event "
                + e.sequence()
                + ": cannot expire the contribution text of "
                + x.sessions()
                + ": this "
                + store
                + (sealer == null
                    ? " keeps personal data in plain text"
                    : "'s key store keeps no retention keys")
                + "; build it with keys that do (memberKeys(MemberKeyStore.inFile(..)), or the"
                + " default key file) so that the expiry can destroy the sessions' keys");
      }
    }
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
      sealed.add(TextRetention.seal(sealer.keys(), sealer.seal(e)));
    }
    return sealed;
  }

  /**
   * Returns an event as read from storage with its seals opened: the retention seal first, then the
   * member's.
   *
   * @throws IllegalStateException if a sealed value is damaged or does not open with its key
   */
  static GroupEvent open(Sealer sealer, GroupEvent event) {
    return sealer.open(TextRetention.open(sealer.keys(), event));
  }

  /** Destroys the retention keys of the sessions whose contribution text the events expire. */
  static void destroyExpired(
      @Nullable Sealer sealer, GroupId group, List<? extends GroupEvent> events) {
    if (sealer == null) {
      return;
    }
    for (SessionId session : TextRetention.expired(events)) {
      sealer.keys().destroyRetentionKey(group, session);
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
