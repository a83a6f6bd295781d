package io.github.peerled.core.runtime.internal;

import io.github.peerled.core.engine.GroupEngine;
import io.github.peerled.core.engine.GroupState;
import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's past, read from its store: the state at a version or an instant, and its events. Needs
 * only the store and the engine, never the worker's queue or state. Thread-safe (it keeps no state
 * of its own).
 */
final class GroupHistory {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.runtime");
  private static final int READ_CHUNK = 4096;

  private final GroupId id;
  private final EventStore store;
  private final GroupEngine engine;

  GroupHistory(GroupId id, EventStore store, GroupEngine engine) {
    this.id = id;
    this.store = store;
    this.engine = engine;
  }

  /**
   * Folds the log up to a version: from the store's snapshot if it has one at or below that
   * version, else from the start.
   */
  GroupState replay(long toVersion) {
    GroupState start = startingPoint(toVersion);
    GroupEngine.Replayer replayer = engine.replayer(start);
    if (start.version() < toVersion) {
      store.forEach(id, start.version() + 1, toVersion, replayer);
    }
    return replayer.state();
  }

  private GroupState startingPoint(long toVersion) {
    Optional<GroupState> snapshot = store.loadSnapshot(id);
    if (snapshot.isEmpty() || snapshot.get().version() > toVersion) {
      return GroupState.initial(id);
    }
    GroupState s = snapshot.get();
    if (!s.groupId().equals(id) || s.version() > store.version(id)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "group "
              + id
              + ": the store gave a snapshot of group "
              + s.groupId()
              + " at version "
              + s.version()
              + " that does not fit its log; replaying the whole log");
      return GroupState.initial(id);
    }
    return s;
  }

  GroupState stateAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    GroupState s = GroupState.initial(id);
    long from = 1;
    while (true) {
      List<GroupEvent> chunk = store.read(id, from, from + READ_CHUNK - 1);
      int cut = 0;
      while (cut < chunk.size() && !chunk.get(cut).at().isAfter(instant)) {
        cut++;
      }
      s = engine.replayOnto(s, chunk.subList(0, cut));
      if (cut < chunk.size() || chunk.size() < READ_CHUNK) {
        return s;
      }
      from += READ_CHUNK;
    }
  }

  GroupState stateAtVersion(long version, GroupState now) {
    if (version < 0 || version > now.version()) {
      throw new IllegalArgumentException(
          "group " + id + " has versions 0 to " + now.version() + ", not " + version);
    }
    if (version == now.version()) {
      return now;
    }
    if (version == 0) {
      return GroupState.initial(id);
    }
    return replay(version);
  }

  List<GroupEvent> events() {
    return store.read(id);
  }

  List<GroupEvent> events(long fromSequence, long toSequence) {
    return store.read(id, fromSequence, toSequence);
  }
}
