package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every group's log in memory. Thread-safe: each log is guarded by its own lock, so groups do
 * not contend. Closing it is a no-op and the events stay readable.
 */
public final class InMemoryEventStore implements EventStore {
  private final ConcurrentHashMap<GroupId, Log> logs = new ConcurrentHashMap<>();

  private static final class Log {
    private final List<GroupEvent> events = new ArrayList<>();
  }

  /** Creates an empty store. */
  public InMemoryEventStore() {}

  @Override
  public long version(GroupId group) {
    Log log = logs.get(group);
    if (log == null) {
      return 0;
    }
    synchronized (log) {
      return log.events.size();
    }
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    Appends.check(group, expectedVersion, events);
    Log log = logs.computeIfAbsent(group, g -> new Log());
    synchronized (log) {
      long actual = log.events.size();
      if (actual != expectedVersion) {
        throw new VersionConflictException(group, expectedVersion, actual);
      }
      log.events.addAll(events);
      return log.events.size();
    }
  }

  @Override
  public List<GroupEvent> read(GroupId group, long fromSequence, long toSequence) {
    Appends.checkFrom(fromSequence);
    Log log = logs.get(group);
    if (log == null) {
      return List.of();
    }
    synchronized (log) {
      int size = log.events.size();
      int from = (int) Math.min(fromSequence - 1, size);
      int to = (int) Math.min(Math.max(toSequence, fromSequence - 1), size);
      return Collections.unmodifiableList(new ArrayList<>(log.events.subList(from, to)));
    }
  }

  @Override
  public Set<GroupId> groups() {
    Set<GroupId> ids = new TreeSet<>();
    logs.forEach(
        (id, log) -> {
          synchronized (log) {
            if (!log.events.isEmpty()) {
              ids.add(id);
            }
          }
        });
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public void close() {}
}
