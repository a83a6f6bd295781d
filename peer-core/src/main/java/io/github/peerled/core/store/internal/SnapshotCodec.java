package io.github.peerled.core.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.json.JsonInputException;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.store.JsonLinesEventStore;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Encodes a group's state as a snapshot ({@code
 * {"v":1,"seq":N,"eventCrc":"xxxxxxxx","crc":"xxxxxxxx","state":{...}}} and a line end) and decodes
 * it. {@code crc} is the CRC-32C of the exact bytes of {@code state}; {@code eventCrc} is the
 * checksum of the log's record {@code seq}, which ties the snapshot to that log. The envelope is
 * written and parsed by hand, as the log's records are. Thread-safe.
 */
final class SnapshotCodec {
  private static final ObjectWriter WRITER = RecordCodec.MAPPER.writerFor(GroupState.class);
  private static final ObjectReader READER = RecordCodec.MAPPER.readerFor(GroupState.class);
  private static final byte[] V = Envelopes.ascii("{\"v\":");
  private static final byte[] SEQ = Envelopes.ascii(",\"seq\":");
  private static final byte[] EVENT_CRC = Envelopes.ascii(",\"eventCrc\":\"");
  private static final byte[] CRC = Envelopes.ascii("\",\"crc\":\"");
  private static final byte[] STATE = Envelopes.ascii("\",\"state\":");

  private SnapshotCodec() {}

  /** A parsed envelope whose checksum and version check out. */
  static final class Parsed {
    long sequence;
    int eventCrc;
    int stateStart;
    int stateEnd;
  }

  /** A snapshot that cannot be used; the message says why, in plain words. */
  static final class BadSnapshot extends Exception {
    private static final long serialVersionUID = 1L;

    BadSnapshot(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Returns the whole snapshot of a state, with its line end.
   *
   * @param state the state
   * @param eventCrc the checksum of the log's record {@code state.version()}
   * @throws IllegalArgumentException if the state cannot be written as JSON, or could not be read
   *     back
   */
  static byte[] encode(GroupState state, int eventCrc) {
    byte[] json;
    try {
      json = WRITER.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write the state of group " + state.groupId(), e);
    }
    Readback.check(
        json, "the snapshot of group " + state.groupId() + " at version ", state.version());
    CRC32C crc = new CRC32C();
    crc.update(json, 0, json.length);
    byte[] head =
        Envelopes.ascii(
            String.format(
                Locale.ROOT,
                "{\"v\":%d,\"seq\":%d,\"eventCrc\":\"%08x\",\"crc\":\"%08x\",\"state\":",
                JsonLinesEventStore.SNAPSHOT_VERSION,
                state.version(),
                eventCrc,
                (int) crc.getValue()));
    byte[] out = new byte[head.length + json.length + 2];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(json, 0, out, head.length, json.length);
    out[out.length - 2] = '}';
    out[out.length - 1] = '\n';
    return out;
  }

  /**
   * Parses a snapshot's envelope and checks its version and its state's checksum.
   *
   * @param b the whole snapshot
   * @return the envelope
   * @throws BadSnapshot if it is not a whole, intact snapshot of the version this release reads
   */
  static Parsed parse(byte[] b) throws BadSnapshot {
    if (b.length == 0) {
      throw new BadSnapshot("the file is empty");
    }
    if (b[b.length - 1] != '\n') {
      throw new BadSnapshot("it does not end with a line end (a write was cut short)");
    }
    int end = b.length - 1;
    int p = Envelopes.expect(b, 0, end, V);
    if (p < 0) {
      throw notASnapshot(b, end);
    }
    long v = 0;
    int digits = 0;
    while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 9) {
      v = v * 10 + (b[p++] - '0');
      digits++;
    }
    if (digits == 0) {
      throw notASnapshot(b, end);
    }
    if (v != JsonLinesEventStore.SNAPSHOT_VERSION) {
      throw new BadSnapshot(
          "snapshot version "
              + v
              + " is not the one this release reads ("
              + JsonLinesEventStore.SNAPSHOT_VERSION
              + ")");
    }
    p = Envelopes.expect(b, p, end, SEQ);
    if (p < 0) {
      throw notASnapshot(b, end);
    }
    long seq = 0;
    digits = 0;
    while (p < end && b[p] >= '0' && b[p] <= '9' && digits < 18) {
      seq = seq * 10 + (b[p++] - '0');
      digits++;
    }
    if (digits == 0) {
      throw notASnapshot(b, end);
    }
    p = Envelopes.expect(b, p, end, EVENT_CRC);
    long eventCrcField = Envelopes.hex8(b, p, end);
    if (eventCrcField < 0) {
      throw notASnapshot(b, end);
    }
    int eventCrc = (int) eventCrcField;
    p = Envelopes.expect(b, p + 8, end, CRC);
    long crcField = Envelopes.hex8(b, p, end);
    if (crcField < 0) {
      throw notASnapshot(b, end);
    }
    int stored = (int) crcField;
    p += 8;
    p = Envelopes.expect(b, p, end, STATE);
    if (p < 0 || end - p < 3 || b[end - 1] != '}' || b[p] != '{') {
      throw notASnapshot(b, end);
    }
    CRC32C crc = new CRC32C();
    crc.update(b, p, end - 1 - p);
    int computed = (int) crc.getValue();
    if (computed != stored) {
      throw new BadSnapshot(
          String.format(
              Locale.ROOT, "checksum mismatch (stored %08x, computed %08x)", stored, computed));
    }
    if (seq < 1) {
      throw new BadSnapshot("it is at version 0, before the first event");
    }
    Parsed out = new Parsed();
    out.sequence = seq;
    out.eventCrc = eventCrc;
    out.stateStart = p;
    out.stateEnd = end - 1;
    return out;
  }

  /**
   * Binds the state of a parsed snapshot.
   *
   * @throws BadSnapshot if the state does not parse
   */
  static GroupState decode(byte[] b, Parsed r) throws BadSnapshot {
    try {
      return READER.readValue(b, r.stateStart, r.stateEnd - r.stateStart);
    } catch (JsonProcessingException e) {
      JsonInputException j = PeerledJson.translate("state", e);
      throw new BadSnapshot("the state does not parse: at " + j.path() + ": " + j.reason());
    } catch (IOException | RuntimeException e) {
      throw new BadSnapshot("the state does not parse: " + e.getMessage());
    }
  }

  private static BadSnapshot notASnapshot(byte[] b, int end) {
    return new BadSnapshot("not a Peerled snapshot: " + RecordCodec.preview(b, 0, end));
  }
}
