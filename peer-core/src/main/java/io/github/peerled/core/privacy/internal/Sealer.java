package io.github.peerled.core.privacy.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Seals and opens the personal values of events with their members' keys, at the boundary where a
 * store writes and reads them. A sealed value is the text {@value #PREFIX}, the key's generation, a
 * colon and the Base64 (URL alphabet, no padding) of a random 96-bit nonce followed by the AES-GCM
 * ciphertext and its 128-bit tag. The additional data binds it to its group, member, generation,
 * event and place in the event, so a sealed value moved elsewhere does not open.
 *
 * <p>A store seals while it serialises an event ({@link #sealing}: the sealed text is written in
 * place of each personal value, no tree is built) and opens while it reads one ({@link #openJson}:
 * one pass over the stored JSON's tokens, then the JSON with the values opened is bound as usual).
 * The additional data's prefix of each member key is cached. Thread-safe.
 */
public final class Sealer {
  /** How a sealed value begins. */
  public static final String PREFIX = "peerled-sealed:1:";

  private static final ObjectMapper MAPPER = PeerledJson.newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(GroupEvent.class);
  private static final ObjectReader READER = MAPPER.readerFor(GroupEvent.class);

  /** Identifies one generation of a member's key in a group. */
  private record KeyId(GroupId group, MemberId member, int generation) {}

  private final MemberKeyStore keys;

  /** The additional data's prefix of each member key met, shared with the views of reads. */
  private final ConcurrentHashMap<KeyId, byte[]> prefixes;

  /**
   * Creates a sealer over a key store.
   *
   * @param keys the key store
   */
  public Sealer(MemberKeyStore keys) {
    this(keys, new ConcurrentHashMap<>());
  }

  private Sealer(MemberKeyStore keys, ConcurrentHashMap<KeyId, byte[]> prefixes) {
    this.keys = keys;
    this.prefixes = prefixes;
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
   * Returns a sealer that finds keys in another key store (a view of this one for one read, say)
   * and shares this one's caches.
   *
   * @param view the keys
   * @return the sealer
   */
  public Sealer reading(MemberKeyStore view) {
    return new Sealer(view, prefixes);
  }

  /**
   * Tells whether an event's type has personal fields.
   *
   * @param event the event
   * @return true if a value of it may be sealed
   */
  public static boolean holdsPersonalData(GroupEvent event) {
    return !PersonalFields.of(event).isEmpty();
  }

  /**
   * Returns a generator that writes an event's JSON to {@code out} with each personal value sealed
   * with its member's current key. Write the event, and only it, through the generator.
   *
   * @param out where the JSON goes
   * @param event the event about to be written
   * @return the generator; closing it closes {@code out}
   */
  public JsonGenerator sealing(JsonGenerator out, GroupEvent event) {
    return new SealingGenerator(out, this, event);
  }

  /**
   * Returns an event's stored JSON with its sealed values opened, each value whose key has been
   * destroyed reading {@link PersonalData#REMOVED}.
   *
   * @param factory the factory of the reader's mapper
   * @param b the bytes
   * @param off the event object's first byte
   * @param len its length
   * @return the JSON to bind; null if it holds no sealed value, and is to be bound as it is
   * @throws IllegalStateException if a sealed value does not open with its key (damaged or moved)
   * @throws IOException if the JSON does not parse
   * @throws UncheckedIOException if the key store fails
   */
  public byte @Nullable [] openJson(JsonFactory factory, byte[] b, int off, int len)
      throws IOException {
    if (!SealedScan.marked(b, off, len)) {
      return null;
    }
    return SealedScan.open(factory, this, b, off, len);
  }

  /** The additional data's prefix of a key. */
  private byte[] prefix(GroupId group, MemberId member, int generation) {
    KeyId id = new KeyId(group, member, generation);
    byte[] p = prefixes.get(id);
    if (p == null) {
      p = SealCipher.prefix(group.value(), member.value(), generation);
      prefixes.put(id, p);
    }
    return p;
  }

  /** Seals one value of an event with its member's current key. */
  String sealValue(GroupEvent event, MemberId owner, String where, String plain) {
    MemberKey key = keys.current(event.groupId(), owner);
    return SealCipher.seal(
        plain, key, prefix(event.groupId(), owner, key.generation()), event.sequence(), where);
  }

  /** Opens one stored value, or returns {@link PersonalData#REMOVED} if its key is gone. */
  String openValue(GroupId group, MemberId owner, long sequence, String where, String stored) {
    int generation = SealCipher.generation(stored, where);
    Optional<MemberKey> key = keys.find(group, owner, generation);
    if (key.isEmpty()) {
      return PersonalData.REMOVED;
    }
    return SealCipher.open(stored, key.get(), prefix(group, owner, generation), sequence, where);
  }

  /**
   * Returns the event with each personal value sealed with its member's current key.
   *
   * @param event the event, as the engine made it
   * @return the event to write; the same object if it holds no personal value
   * @throws UncheckedIOException if the key store fails
   */
  public GroupEvent seal(GroupEvent event) {
    if (!holdsPersonalData(event)) {
      return event;
    }
    ByteArrayBuilder out = new ByteArrayBuilder(512);
    try (JsonGenerator g = sealing(MAPPER.getFactory().createGenerator(out), event)) {
      WRITER.writeValue(g, event);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write event " + event.sequence(), e);
    }
    try {
      return READER.readValue(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read an event back: " + e.getMessage(), e);
    }
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
    if (!holdsPersonalData(event)) {
      return event;
    }
    try {
      byte[] json = WRITER.writeValueAsBytes(event);
      byte[] opened = openJson(MAPPER.getFactory(), json, 0, json.length);
      return opened == null ? event : READER.readValue(opened);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read event " + event.sequence() + ": " + e, e);
    }
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
