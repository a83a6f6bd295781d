package io.github.peerled.core.privacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.json.PeerledJson;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.store.EventStore;
import java.util.Map;

/**
 * A member's copy of the personal data the library holds about them in one group: every value
 * marked {@link PersonalData} that is theirs, with the event it is in. What the group keeps that is
 * not personal (their id, when they joined, how they stood on a proposal) is in the group's state
 * and log, which the host can show them as it shows the group. Thread-safe (no state).
 */
public final class PersonalDataExport {
  private PersonalDataExport() {}

  /**
   * Returns, as JSON, the personal values of a member in a group's log:
   *
   * <pre>{@code
   * {"group": "town-hall", "member": "quill", "values": [
   *   {"sequence": 5, "event": "MemberJoined", "at": "...", "field": "displayName", "value": "..."}
   * ]}
   * }</pre>
   *
   * A value already erased reads as {@link PersonalData#REMOVED}.
   *
   * @param store the store (built with the member keys, if it seals)
   * @param group the group
   * @param member the member
   * @return the JSON, indented
   * @throws io.github.peerled.core.store.StoreRecordException if the log cannot be read
   * @throws java.io.UncheckedIOException if the storage fails
   */
  public static String of(EventStore store, GroupId group, MemberId member) {
    return of(group, member, store.read(group));
  }

  /**
   * Returns, as JSON, the personal values of a member in a group's events (see {@link
   * #of(EventStore, GroupId, MemberId)}).
   *
   * @param group the group
   * @param member the member
   * @param events the group's events, as read from its store
   * @return the JSON, indented
   */
  public static String of(GroupId group, MemberId member, Iterable<? extends GroupEvent> events) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("group", group.value());
    root.put("member", member.value());
    ArrayNode values = root.putArray("values");
    for (GroupEvent e : events) {
      for (Map.Entry<String, String> v : Sealer.valuesOf(e, member).entrySet()) {
        ObjectNode o = values.addObject();
        o.put("sequence", e.sequence());
        o.put("event", eventName(e));
        o.put("at", e.at().toString());
        o.put("field", v.getKey());
        o.put("value", v.getValue());
      }
    }
    return PeerledJson.writePretty(root);
  }

  private static String eventName(GroupEvent e) {
    for (Class<?> type : GroupEvent.class.getPermittedSubclasses()) {
      if (type.isInstance(e)) {
        return type.getSimpleName();
      }
    }
    return e.getClass().getSimpleName();
  }
}
