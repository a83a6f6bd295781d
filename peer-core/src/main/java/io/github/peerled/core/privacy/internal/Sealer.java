package io.github.peerled.core.privacy.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.MemberKey;
import io.github.peerled.core.privacy.MemberKeyStore;
import io.github.peerled.core.privacy.PersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens the personal values of events with their members' keys, at the boundary where a
 * store writes and reads them. A sealed value is the text {@value #PREFIX}, the key's generation, a
 * colon and the Base64 (URL alphabet, no padding) of a random 96-bit nonce followed by the AES-GCM
 * ciphertext and its 128-bit tag. The additional data binds it to its group, member, generation,
 * event and place in the event, so a sealed value moved elsewhere does not open. Thread-safe.
 */
public final class Sealer {
  /** How a sealed value begins. */
  public static final String PREFIX = "peerled-sealed:1:";

  private static final ObjectMapper MAPPER = PeerledJson.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(GroupEvent.class);
  private static final ObjectReader READER = MAPPER.readerFor(GroupEvent.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One cipher a thread: {@code Cipher.getInstance} is a provider lookup, dearer than a use. */
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

  private final MemberKeyStore keys;

  /**
   * Creates a sealer over a key store.
   *
   * @param keys the key store
   */
  public Sealer(MemberKeyStore keys) {
    this.keys = keys;
  }

  /**
   * Returns the key store.
   *
   * @return the keys
   */
  public MemberKeyStore keys() {
    return keys;
  }

  /**
   * Returns the event with each personal value sealed with its member's current key.
   *
   * @param event the event, as the engine made it
   * @return the event to write; the same object if it holds no personal value
   * @throws UncheckedIOException if the key store fails
   */
  public GroupEvent seal(GroupEvent event) {
    List<PersonalFields.Field> fields = PersonalFields.of(event);
    if (fields.isEmpty()) {
      return event;
    }
    ObjectNode tree = tree(event);
    PersonalFields.forEach(
        tree,
        fields,
        (holder, property, where, owner) -> {
          String plain = holder.get(property).asText();
          if (plain.equals(PersonalData.REMOVED)) {
            return;
          }
          MemberKey key = keys.current(event.groupId(), owner);
          holder.put(property, seal(plain, key, aad(event, owner, key.generation(), where)));
        });
    return event(tree);
  }

  /**
   * Returns the event with each sealed value opened, or read as {@link PersonalData#REMOVED} if its
   * key has been destroyed. Values not sealed (written by a store without keys) are left alone.
   *
   * @param event the event as stored
   * @return the event as the engine made it, less what was erased
   * @throws IllegalStateException if a sealed value does not open with its key (damaged or moved)
   * @throws UncheckedIOException if the key store fails
   */
  public GroupEvent open(GroupEvent event) {
    List<PersonalFields.Field> fields = PersonalFields.of(event);
    if (fields.isEmpty()) {
      return event;
    }
    ObjectNode tree = tree(event);
    boolean[] changed = {false};
    PersonalFields.forEach(
        tree,
        fields,
        (holder, property, where, owner) -> {
          String stored = holder.get(property).asText();
          if (!stored.startsWith(PREFIX)) {
            return;
          }
          holder.put(property, open(event, owner, where, stored));
          changed[0] = true;
        });
    return changed[0] ? event(tree) : event;
  }

  /**
   * Returns the event with each personal value of one member replaced by {@link
   * PersonalData#REMOVED}: how a store that keeps events as objects erases them.
   *
   * @param event the event
   * @param member the member
   * @return the event; the same object if it holds none of the member's personal values
   */
  public static GroupEvent redact(GroupEvent event, MemberId member) {
    List<PersonalFields.Field> fields = PersonalFields.of(event);
    if (fields.isEmpty()) {
      return event;
    }
    ObjectNode tree = tree(event);
    boolean[] changed = {false};
    PersonalFields.forEach(
        tree,
        fields,
        (holder, property, where, owner) -> {
          if (owner.equals(member)) {
            holder.put(property, PersonalData.REMOVED);
            changed[0] = true;
          }
        });
    return changed[0] ? event(tree) : event;
  }

  /**
   * Returns the personal values of one member in an event, by their place in it.
   *
   * @param event the event, as read from a store
   * @param member the member
   * @return the values, in the order of the registry; empty if none is theirs
   */
  public static java.util.Map<String, String> valuesOf(GroupEvent event, MemberId member) {
    List<PersonalFields.Field> fields = PersonalFields.of(event);
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    if (fields.isEmpty()) {
      return out;
    }
    PersonalFields.forEach(
        tree(event),
        fields,
        (holder, property, where, owner) -> {
          if (owner.equals(member)) {
            out.put(where, holder.get(property).asText());
          }
        });
    return out;
  }

  private String open(GroupEvent event, MemberId owner, String where, String stored) {
    int colon = stored.indexOf(':', PREFIX.length());
    int generation;
    byte[] sealed;
    try {
      generation = Integer.parseInt(stored.substring(PREFIX.length(), colon));
      sealed = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IllegalStateException(where + ": the sealed value is damaged", e);
    }
    Optional<MemberKey> key = keys.find(event.groupId(), owner, generation);
    if (key.isEmpty()) {
      return PersonalData.REMOVED;
    }
    if (sealed.length < NONCE + TAG_BITS / 8) {
      throw new IllegalStateException(where + ": the sealed value is too short");
    }
    try {
      Cipher c = CIPHER.get();
      c.init(
          Cipher.DECRYPT_MODE, key.get().key(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
      c.updateAAD(aad(event, owner, generation, where));
      return new String(c.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          where + ": the sealed value does not open with its member's key (damaged or moved)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(where + ": cannot open the sealed value: " + e, e);
    }
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

  private static byte[] aad(GroupEvent event, MemberId owner, int generation, String where) {
    GroupId g = event.groupId();
    return (g + "\n" + owner + "\n" + generation + "\n" + event.sequence() + "\n" + where)
        .getBytes(StandardCharsets.UTF_8);
  }

  static ObjectNode tree(GroupEvent event) {
    try {
      TokenBuffer buffer = new TokenBuffer(MAPPER, false);
      WRITER.writeValue(buffer, event);
      try (JsonParser p = buffer.asParser()) {
        JsonNode node = MAPPER.readTree(p);
        return (ObjectNode) node;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write event " + event.sequence(), e);
    }
  }

  static GroupEvent event(ObjectNode tree) {
    try {
      return READER.readValue(tree);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read an event back: " + e.getMessage(), e);
    }
  }
}
