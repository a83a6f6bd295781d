package io.github.peerled.core.store;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.json.PeerledJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of {@link ForgetStory} as the first release that sealed personal data wrote them (each
 * value sealed with a tree of the event's JSON), and the key file it wrote beside them: test
 * resources under {@code sealed/}, so that a later way of sealing is held to reading what that one
 * wrote.
 */
final class OldSealedLog {
  static final String EVENTS = "/sealed/town-hall-events.jsonl";
  static final String KEYS = "/sealed/member.keys";

  private OldSealedLog() {}

  static String text(String resource) {
    try (InputStream in = OldSealedLog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the test resource " + resource + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The events as stored, their personal values sealed. */
  static List<GroupEvent> events() {
    List<GroupEvent> out = new ArrayList<>();
    List<String> lines = text(EVENTS).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.add(PeerledJson.read(lines.get(i), GroupEvent.class, EVENTS + " line " + (i + 1)));
    }
    return out;
  }

  /** The keys of the members (all of generation 1), by member id. */
  static Map<String, byte[]> keys() {
    Map<String, byte[]> out = new TreeMap<>();
    List<String> lines = text(KEYS).lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      out.put(f[1], Base64.getDecoder().decode(f[3]));
    }
    return out;
  }

  /** The events as the engine made them. */
  static List<GroupEvent> told() {
    EventStore memory = EventStore.inMemory();
    new ForgetStory(memory).told();
    return memory.read(ForgetStory.GROUP);
  }
}
