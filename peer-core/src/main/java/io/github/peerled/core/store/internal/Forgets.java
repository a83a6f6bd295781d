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
 * What the file and PostgreSQL stores do with personal data at their boundary: refuse to record a
 * forgetting or an expiry they could not carry out, seal contribution text under its session's
 * retention key before the event is written (the member's seal is added as it is written), open
 * that seal on the way out, and find the members an append forgets.
 */
final class Forgets {
  private Forgets() {}

  /**
   * Refuses an append that forgets a member in a store without keys, or that expires contribution
   * text in a store whose key store keeps no retention keys. (A store with keys seals the events'
   * personal values as it writes them.)
   *
   * @throws IllegalArgumentException if the store has no keys and a member is to be forgotten, or
   *     cannot shred text the events expire
   */
  static void check(@Nullable Sealer sealer, List<? extends GroupEvent> events, String store) {
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
                + "; build it with keys that do (MemberKeyStore.jdbc(..), inFile(..) or inMemory(),"
                + " or the file store's default key file) so that the expiry can destroy the"
                + " sessions' keys");
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
    }
  }

  /**
   * Returns the events to write, each contribution's text sealed under its session's retention key
   * if the store has keys that keep them; the member's seal goes around it as the event is written,
   * so destroying either key makes the text unreadable.
   */
  static List<? extends GroupEvent> retain(
      @Nullable Sealer sealer, List<? extends GroupEvent> events) {
    if (sealer == null || !sealer.keys().keepsRetentionKeys()) {
      return events;
    }
    List<GroupEvent> out = new ArrayList<>(events.size());
    for (GroupEvent e : events) {
      out.add(TextRetention.seal(sealer.keys(), e));
    }
    return out;
  }

  /**
   * Returns an event as read from storage, its member seals already opened, with the retention seal
   * on a contribution's text opened too (or the text read as expired).
   *
   * @throws IllegalStateException if a sealed value is damaged or does not open with its key
   */
  static GroupEvent open(Sealer sealer, GroupEvent event) {
    return TextRetention.open(sealer.keys(), event);
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
