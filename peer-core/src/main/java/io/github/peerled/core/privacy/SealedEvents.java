package io.github.peerled.core.privacy;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.privacy.internal.TextRetention;

/**
 * Opens events that were read from a store's raw storage rather than through the store (a group's
 * file of the file store given to a tool, say), whose personal values are still sealed. A store
 * built with keys opens its events itself; this is for the operator who holds the keys and reads
 * the files. Thread-safe (no state).
 */
public final class SealedEvents {
  private static final String MEMBER_SEAL = "\"" + Sealer.PREFIX;
  private static final String RETENTION_SEAL = "\"" + TextRetention.PREFIX;

  private SealedEvents() {}

  /**
   * Tells whether an event holds a personal value that is still sealed.
   *
   * @param event the event, as read from storage
   * @return true if a value of it is sealed with a member's or a session's key
   */
  public static boolean isSealed(GroupEvent event) {
    if (!Sealer.holdsPersonalData(event)) {
      return false;
    }
    String json = PeerledJson.write(event);
    return json.contains(MEMBER_SEAL) || json.contains(RETENTION_SEAL);
  }

  /**
   * Returns an event with its sealed values opened as the store that wrote it would open them: a
   * value whose member's key is destroyed reads as {@link PersonalData#REMOVED}, a contribution's
   * text whose session's retention key is destroyed as {@link PersonalData#EXPIRED}. Values that
   * are not sealed are left alone. Nothing is written to the key store.
   *
   * @param keys the key store the event's store sealed with
   * @param event the event, as read from storage
   * @return the event opened; the same object if nothing in it is sealed
   * @throws IllegalStateException if a sealed value is damaged, or does not open with its key (the
   *     keys of another store, or a value moved); the message names the field
   * @throws java.io.UncheckedIOException if the key store fails
   */
  public static GroupEvent open(MemberKeyStore keys, GroupEvent event) {
    if (!Sealer.holdsPersonalData(event)) {
      return event;
    }
    return TextRetention.open(keys, new Sealer(keys).open(event));
  }
}
