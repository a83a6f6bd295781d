package io.github.peerled.core.privacy.internal;

import io.github.peerled.core.event.ContributionRecorded;
import io.github.peerled.core.event.ContributionTextExpired;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.ImmutableContributionRecorded;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import io.github.peerled.core.session.Contribution;
import io.github.peerled.core.session.ImmutableContribution;
import io.github.peerled.core.session.SessionId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The second seal on a contribution's text: under its session's retention key, so that the text can
 * expire under the group's retention setting by destroying one key per session, while the member's
 * own key (the first seal, {@link Sealer}) still decides whether the member is forgotten. The text
 * is sealed with the member's key first and the result sealed again here, so destroying either key
 * makes it unreadable: forgetting reads as {@link PersonalData#REMOVED}, expiry as {@link
 * PersonalData#EXPIRED}.
 *
 * <p>Why one key per session: the retention period runs from a session's close, every contribution
 * of a session expires at the same check, and session ids are never reused in a group, so a key
 * needs no rotation and the key store grows by one line per session. Per-period keys (one a day,
 * say) would need fewer keys in a busy group but tie the expiry to the calendar rather than to the
 * session the words belong to.
 *
 * <p>A sealed text is {@value #PREFIX}, the key's generation, a colon and the Base64 (URL alphabet,
 * no padding) of a random 96-bit nonce, the AES-GCM ciphertext and its 128-bit tag; the additional
 * data binds it to the group, session, generation, event sequence and contribution number.
 * Thread-safe (no shared mutable state; one cipher per thread).
 */
public final class TextRetention {
  /** How a text sealed under a retention key begins. */
  public static final String PREFIX = "peerled-retained:1:";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Cipher> CIPHER =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is not available: " + e, e);
            }
          });
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private TextRetention() {}

  /**
   * Returns the event with a contribution's text sealed under its session's retention key.
   *
   * @param keys the key store; one that keeps no retention keys leaves the event alone
   * @param event the event, its personal values already sealed with the members' keys
   * @return the event to write; the same object unless it is a contribution with text
   * @throws java.io.UncheckedIOException if the key store fails
   */
  public static GroupEvent seal(MemberKeyStore keys, GroupEvent event) {
    if (!(event instanceof ContributionRecorded c) || !keys.keepsRetentionKeys()) {
      return event;
    }
    Contribution contribution = c.contribution();
    String text = contribution.text();
    if (text.equals(PersonalData.REMOVED)
        || text.equals(PersonalData.EXPIRED)
        || text.startsWith(PREFIX)) {
      return event;
    }
    MemberKey key = keys.retentionKey(event.groupId(), contribution.sessionId());
    return withText(c, seal(text, key, aad(c, key.generation())));
  }

  /**
   * Returns the event with a contribution's text opened from its retention seal, or read as {@link
   * PersonalData#EXPIRED} if the session's key has been destroyed. A text not sealed so (written
   * before retention keys, or by a store without keys) is left alone.
   *
   * @param keys the key store
   * @param event the event as stored
   * @return the event with its member seal, if any, still on; the same object if nothing changed
   * @throws IllegalStateException if the sealed text is damaged or does not open with its key
   * @throws java.io.UncheckedIOException if the key store fails
   */
  public static GroupEvent open(MemberKeyStore keys, GroupEvent event) {
    if (!(event instanceof ContributionRecorded c) || !c.contribution().text().startsWith(PREFIX)) {
      return event;
    }
    String stored = c.contribution().text();
    String where = "contribution.text";
    int colon = stored.indexOf(':', PREFIX.length());
    int generation;
    byte[] sealed;
    try {
      generation = Integer.parseInt(stored.substring(PREFIX.length(), colon));
      sealed = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException(where + ": the retention seal is damaged", e);
    }
    if (!keys.keepsRetentionKeys()) {
      throw new IllegalStateException(
          where + ": the text is sealed under a retention key, and this key store keeps none");
    }
    Optional<MemberKey> key =
        keys.findRetentionKey(event.groupId(), c.contribution().sessionId(), generation);
    if (key.isEmpty()) {
      return withText(c, PersonalData.EXPIRED);
    }
    if (sealed.length < NONCE + TAG_BITS / 8) {
      throw new IllegalStateException(where + ": the retention seal is too short");
    }
    try {
      Cipher cipher = CIPHER.get();
      cipher.init(
          Cipher.DECRYPT_MODE, key.get().key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
      cipher.updateAAD(aad(c, generation));
      byte[] plain = cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
      return withText(c, new String(plain, StandardCharsets.UTF_8));
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          where + ": the text does not open with its session's retention key (damaged or moved)",
          e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(where + ": cannot open the retention seal: " + e, e);
    }
  }

  /**
   * Returns the event with a contribution's text read as {@link PersonalData#EXPIRED} if it belongs
   * to one of the sessions: how a store that keeps events as objects expires them.
   *
   * @param event the event
   * @param sessions the sessions whose text expired
   * @return the event; the same object unless it is a contribution to one of them
   */
  public static GroupEvent expire(GroupEvent event, Set<SessionId> sessions) {
    if (event instanceof ContributionRecorded c
        && sessions.contains(c.contribution().sessionId())
        && !c.contribution().text().equals(PersonalData.EXPIRED)) {
      return withText(c, PersonalData.EXPIRED);
    }
    return event;
  }

  /**
   * Returns the sessions whose contribution text the events expire, in order.
   *
   * @param events the events
   * @return the sessions; empty if none expires any
   */
  public static List<SessionId> expired(List<? extends GroupEvent> events) {
    List<SessionId> out = new ArrayList<>(0);
    for (GroupEvent e : events) {
      if (e instanceof ContributionTextExpired x) {
        out.addAll(x.sessions());
      }
    }
    return out;
  }

  private static GroupEvent withText(ContributionRecorded c, String text) {
    return ImmutableContributionRecorded.copyOf(c)
        .withContribution(ImmutableContribution.copyOf(c.contribution()).withText(text));
  }

  private static String seal(String plain, MemberKey key, byte[] aad) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = CIPHER.get();
      c.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      ByteBuffer b = ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct);
      return PREFIX
          + key.generation()
          + ":"
          + Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal with AES-GCM: " + e, e);
    }
  }

  private static byte[] aad(ContributionRecorded c, int generation) {
    return (c.groupId()
            + "\n"
            + c.contribution().sessionId()
            + "\n"
            + generation
            + "\n"
            + c.sequence()
            + "\n"
            + c.contribution().number())
        .getBytes(StandardCharsets.UTF_8);
  }
}
