package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.store.EventUpcaster;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Encodes events as records and decodes them. A record of today's format ({@link
 * JsonLinesEventStore#FORMAT_VERSION}) is {@code
 * {"f":2,"v":1,"seq":N,"n":C,"i":K,"crc":"xxxxxxxx","event":{...}}}: the {@code K}-th of the {@code
 * C} records of one append, with the CRC-32C of the whole line except its own eight digits. A
 * record of format 1 is {@code {"v":1,"seq":N,"crc":"xxxxxxxx","event":{...}}}, an append of its
 * own, with the CRC-32C of the event's bytes. The envelope is written and parsed by hand, so that
 * the checksum covers the exact bytes. Thread-safe.
 */
final class RecordCodec {
  /** The store's mapper: the model's, reading instants the quick way. Shared by the snapshots. */
  static final ObjectMapper MAPPER =
      PeerledJson.newMapper()
          .registerModule(
              new SimpleModule("peerled-store")
                  .addDeserializer(Instant.class, new FastInstantDeserializer()));

  private static final ObjectWriter WRITER = MAPPER.writerFor(GroupEvent.class);
  private static final ObjectReader READER = MAPPER.readerFor(GroupEvent.class);
  private static final JsonFactory FACTORY = MAPPER.getFactory();
  private static final byte[] F = Envelopes.ascii("{\"f\":");
  private static final byte[] HEAD =
      Envelopes.ascii(
          "{\"f\":"
              + JsonLinesEventStore.FORMAT_VERSION
              + ",\"v\":"
              + JsonLinesEventStore.SCHEMA_VERSION
              + ",\"seq\":");
  private static final byte[] V_AFTER_F = Envelopes.ascii(",\"v\":");
  private static final byte[] V = Envelopes.ascii("{\"v\":");
  private static final byte[] SEQ = Envelopes.ascii(",\"seq\":");
  private static final byte[] COUNT = Envelopes.ascii(",\"n\":");
  private static final byte[] INDEX = Envelopes.ascii(",\"i\":");
  private static final byte[] CRC = Envelopes.ascii(",\"crc\":\"");
  private static final byte[] EVENT = Envelopes.ascii("\",\"event\":");
  private static final byte[] HEX = Envelopes.ascii("0123456789abcdef");

  private final @Nullable EventUpcaster[] upcasters;

  RecordCodec(List<EventUpcaster> chain) {
    upcasters = new EventUpcaster[JsonLinesEventStore.SCHEMA_VERSION];
    for (EventUpcaster u : chain) {
      int from = u.fromVersion();
      if (from < 0 || from >= JsonLinesEventStore.SCHEMA_VERSION) {
        throw new IllegalArgumentException(
            "an upcaster must read a version from 0 to "
                + (JsonLinesEventStore.SCHEMA_VERSION - 1)
                + ", older than today's "
                + JsonLinesEventStore.SCHEMA_VERSION
                + "; this one reads "
                + from);
      }
      if (upcasters[from] != null) {
        throw new IllegalArgumentException("two upcasters read schema version " + from);
      }
      upcasters[from] = u;
    }
  }

  /** A parsed envelope. Mutable, reused; not thread-safe. */
  static final class Parsed {
    /** The record format: 1 (each record an append of its own) or 2. */
    int format;

    int version;
    long sequence;

    /** How many records the record's append has (1 in format 1). */
    int count;

    /** The record's place in its append, from 1 to {@link #count}. */
    int index;

    int crc;
    int eventStart;
    int eventEnd;

    /** Tells whether the record is the last of its append. */
    boolean endsAppend() {
      return index == count;
    }
  }

  /** A record that does not check out: damaged, or of a format or version this release lacks. */
  static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecord(String reason, @Nullable Throwable cause) {
      super(reason, cause, false, false);
    }
  }

  /**
   * Appends one record of today's format, with its line end, to {@code out}.
   *
   * @param event the event
   * @param sealer seals its personal values as they are written, or null to write them as they are
   * @param count how many records its append has
   * @param index its place in the append, from 1
   * @param out receives the record
   * @throws IllegalArgumentException if the event cannot be written, or could not be read back
   */
  static void encode(GroupEvent event, @Nullable Sealer sealer, int count, int index, Buffer out) {
    byte[] json = json(event, sealer);
    int start = out.size;
    out.put(HEAD).putDecimal(event.sequence());
    out.put(COUNT).putDecimal(count);
    out.put(INDEX).putDecimal(index);
    out.put(CRC);
    int digits = out.size;
    out.skip(8);
    out.put(EVENT).put(json).put((byte) '}');
    CRC32C crc = new CRC32C();
    crc.update(out.bytes, start, digits - start);
    crc.update(out.bytes, digits + 8, out.size - digits - 8);
    int c = (int) crc.getValue();
    for (int k = 0; k < 8; k++) {
      out.bytes[digits + k] = HEX[(c >>> (28 - 4 * k)) & 0xf];
    }
    out.put((byte) '\n');
  }

  /**
   * Parses a record's envelope and checks its checksum, format and schema version.
   *
   * @param b the bytes
   * @param start the line's first byte
   * @param end the index of the line end (exclusive)
   * @param crc a checksum to reuse
   * @param out receives the envelope
   * @throws BadRecord if the line is not a whole, intact record this release can read
   */
  void parse(byte[] b, int start, int end, CRC32C crc, Parsed out) throws BadRecord {
    int format;
    int p = Envelopes.expect(b, start, end, F);
    if (p >= 0) {
      int q = Envelopes.digitsEnd(b, p, end, 9);
      if (q < 0) {
        throw notARecord(b, start, end);
      }
      long f = Envelopes.number(b, p, q);
      if (f != JsonLinesEventStore.FORMAT_VERSION) {
        throw new BadRecord(
            "record format "
                + f
                + " is not one this release reads (1 and "
                + JsonLinesEventStore.FORMAT_VERSION
                + "); read the file with the release that wrote it or a later one",
            null);
      }
      format = (int) f;
      p = Envelopes.expect(b, q, end, V_AFTER_F);
    } else {
      format = 1;
      p = Envelopes.expect(b, start, end, V);
    }
    int q = Envelopes.digitsEnd(b, p, end, 9);
    if (q < 0) {
      throw notARecord(b, start, end);
    }
    long v = Envelopes.number(b, p, q);
    p = Envelopes.digitsEnd(b, Envelopes.expect(b, q, end, SEQ), end, 18);
    if (p < 0) {
      throw notARecord(b, start, end);
    }
    long seq = Envelopes.number(b, q + SEQ.length, p);
    long count = 1;
    long index = 1;
    if (format > 1) {
      q = Envelopes.digitsEnd(b, Envelopes.expect(b, p, end, COUNT), end, 9);
      if (q < 0) {
        throw notARecord(b, start, end);
      }
      count = Envelopes.number(b, p + COUNT.length, q);
      p = Envelopes.digitsEnd(b, Envelopes.expect(b, q, end, INDEX), end, 9);
      if (p < 0) {
        throw notARecord(b, start, end);
      }
      index = Envelopes.number(b, q + INDEX.length, p);
    }
    int digits = Envelopes.expect(b, p, end, CRC);
    long crcField = Envelopes.hex8(b, digits, end);
    if (crcField < 0) {
      throw notARecord(b, start, end);
    }
    int stored = (int) crcField;
    p = Envelopes.expect(b, digits + 8, end, EVENT);
    if (p < 0 || end - p < 3 || b[end - 1] != '}' || b[p] != '{') {
      throw notARecord(b, start, end);
    }
    crc.reset();
    if (format == 1) {
      crc.update(b, p, end - 1 - p);
    } else {
      crc.update(b, start, digits - start);
      crc.update(b, digits + 8, end - digits - 8);
    }
    int computed = (int) crc.getValue();
    if (computed != stored) {
      throw new BadRecord(
          "checksum mismatch (stored "
              + String.format(Locale.ROOT, "%08x", stored)
              + ", computed "
              + String.format(Locale.ROOT, "%08x", computed)
              + ")",
          null);
    }
    if (count < 1 || index < 1 || index > count) {
      throw new BadRecord(
          "record " + index + " of an append of " + count + " records is out of range", null);
    }
    checkSchema(v);
    out.format = format;
    out.version = (int) v;
    out.sequence = seq;
    out.count = (int) count;
    out.index = (int) index;
    out.crc = stored;
    out.eventStart = p;
    out.eventEnd = end - 1;
  }

  private void checkSchema(long v) throws BadRecord {
    if (v > JsonLinesEventStore.SCHEMA_VERSION) {
      throw new BadRecord(
          "schema version "
              + v
              + " is newer than this release reads (up to "
              + JsonLinesEventStore.SCHEMA_VERSION
              + "); read the file with the release that wrote it or a later one",
          null);
    }
    for (int k = (int) v; k < JsonLinesEventStore.SCHEMA_VERSION; k++) {
      if (upcasters[k] == null) {
        throw new BadRecord(
            "schema version "
                + v
                + " needs an upcaster from version "
                + k
                + " to "
                + (k + 1)
                + ", and none is registered",
            null);
      }
    }
  }

  /**
   * Binds the event of a parsed record, upcasting it first if it is older than today's schema, and
   * opening its sealed values if a sealer is given.
   *
   * @throws BadRecord if the event does not parse, an upcaster fails or a sealed value does not
   *     open
   */
  GroupEvent decode(byte[] b, Parsed r, @Nullable Sealer sealer) throws BadRecord {
    int len = r.eventEnd - r.eventStart;
    try {
      if (r.version == JsonLinesEventStore.SCHEMA_VERSION) {
        byte[] opened = sealer == null ? null : sealer.openJson(FACTORY, b, r.eventStart, len);
        if (opened != null) {
          GroupEvent hot = HotEvents.read(FACTORY, opened, 0, opened.length);
          return hot != null ? hot : bind(opened, 0, opened.length);
        }
        GroupEvent hot = HotEvents.read(FACTORY, b, r.eventStart, len);
        return hot != null ? hot : bind(b, r.eventStart, len);
      }
      JsonNode node = MAPPER.readTree(b, r.eventStart, len);
      if (!(node instanceof ObjectNode object)) {
        throw new BadRecord("the event is not a JSON object", null);
      }
      ObjectNode event = object;
      for (int k = r.version; k < JsonLinesEventStore.SCHEMA_VERSION; k++) {
        EventUpcaster u = upcasters[k];
        if (u == null) {
          throw new BadRecord("no upcaster from schema version " + k, null);
        }
        try {
          event = u.upcast(event);
        } catch (RuntimeException e) {
          throw new BadRecord(
              "the upcaster from schema version " + k + " failed: " + e.getMessage(), e);
        }
      }
      GroupEvent upcast = READER.readValue(event);
      return sealer == null ? upcast : sealer.open(upcast);
    } catch (IllegalStateException e) {
      throw new BadRecord(String.valueOf(e.getMessage()), e);
    } catch (JsonProcessingException e) {
      JsonInputException j = PeerledJson.translate("event", e);
      throw new BadRecord("the event does not parse: at " + j.path() + ": " + j.reason(), e);
    } catch (IOException e) {
      throw new BadRecord("the event does not parse: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the JSON of an event as a store that keeps the event's JSON as it is writes it: today's
   * schema, {@code type} first, its personal values sealed if a sealer is given.
   *
   * @throws IllegalArgumentException if the event cannot be written, or could not be read back
   */
  static byte[] json(GroupEvent event, @Nullable Sealer sealer) {
    byte[] json;
    if (sealer != null && Sealer.holdsPersonalData(event)) {
      ByteArrayBuilder out = new ByteArrayBuilder(512);
      try (JsonGenerator g = sealer.sealing(FACTORY.createGenerator(out), event)) {
        WRITER.writeValue(g, event);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot write event " + event.sequence(), e);
      }
      json = out.toByteArray();
    } else {
      try {
        json = WRITER.writeValueAsBytes(event);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write event " + event.sequence(), e);
      }
    }
    Readback.check(json, "event ", event.sequence());
    return json;
  }

  /**
   * Binds an event kept as JSON of the given schema version, upcasting it first if it is older than
   * today's schema.
   *
   * @throws BadRecord if the version is one this release cannot read, the event does not parse or
   *     an upcaster fails
   */
  GroupEvent decode(byte[] json, int schemaVersion, @Nullable Sealer sealer) throws BadRecord {
    checkSchema(schemaVersion);
    Parsed r = new Parsed();
    r.format = JsonLinesEventStore.FORMAT_VERSION;
    r.version = schemaVersion;
    r.count = 1;
    r.index = 1;
    r.eventStart = 0;
    r.eventEnd = json.length;
    return decode(json, r, sealer);
  }

  /** Reads an event through the data binder. */
  static GroupEvent bind(byte[] b, int off, int len) throws IOException {
    return READER.readValue(b, off, len);
  }

  /** The factory of the mapper that reads events, for readers of the token stream. */
  static JsonFactory factory() {
    return FACTORY;
  }

  private static BadRecord notARecord(byte[] b, int start, int end) {
    return new BadRecord("not a Peerled event record: " + preview(b, start, end), null);
  }

  static String preview(byte[] b, int start, int end) {
    int n = Math.min(end - start, 80);
    String s = new String(b, start, Math.max(n, 0), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.append(end - start > 80 ? "...\"" : "\"").toString();
  }

  /** A growable byte buffer. Not thread-safe. */
  static final class Buffer {
    byte[] bytes = new byte[8192];
    int size;

    Buffer put(byte b) {
      ensure(1);
      bytes[size++] = b;
      return this;
    }

    Buffer put(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
      return this;
    }

    /** Appends a number that is 0 or more in decimal digits. */
    Buffer putDecimal(long value) {
      int digits = 1;
      for (long v = value; v >= 10; v /= 10) {
        digits++;
      }
      ensure(digits);
      long v = value;
      for (int i = size + digits - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      size += digits;
      return this;
    }

    Buffer skip(int n) {
      ensure(n);
      size += n;
      return this;
    }

    private void ensure(int n) {
      if (size + n > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
      }
    }

    void clear() {
      size = 0;
      if (bytes.length > (1 << 20)) {
        bytes = new byte[8192];
      }
    }
  }
}
