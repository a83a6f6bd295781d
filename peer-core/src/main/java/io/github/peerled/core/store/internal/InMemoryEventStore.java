package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.event.MemberForgotten;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.privacy.internal.Sealer;
import io.github.peerled.core.privacy.internal.TextRetention;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.store.EventFeed;
import io.github.peerled.core.store.EventStore;
import io.github.peerled.core.store.VersionConflictException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Keeps every group's log in memory. Thread-safe: each log is guarded by its own lock, so groups do
 * not contend. Closing it is a no-op and the events stay readable.
 *
 * <p>A log is kept in fixed chunks of {@value #CHUNK} events rather than one growing array: an
 * array of millions of references would be a humongous object that the collector keeps in the old
 * generation, every event appended to it would be a reference from old to young to track, and each
 * growth would copy the whole array.
 *
 * <p>When it appends a {@link MemberForgotten}, it replaces the member's personal values in the
 * events it holds, the group's log and the feed's alike, by the erased text: there are no keys to
 * destroy, the objects themselves are changed. Likewise, when it appends a {@link
 * io.github.peerled.core.event.ContributionTextExpired}, the text of the sessions' contributions
 * becomes the expired text.
 *
 * <p>A group's log holds at most {@value #MAX_EVENTS} events; an append past that is refused with
 * an {@link IllegalStateException} and appends nothing.
 */
public final class InMemoryEventStore implements EventStore {
  static final int SHIFT = 10;
  static final int CHUNK = 1 << SHIFT;
  static final int MAX_EVENTS = Integer.MAX_VALUE - CHUNK;
  private final int maxEvents;
  private final ConcurrentHashMap<GroupId, Log> logs = new ConcurrentHashMap<>();
  private final InMemoryFeed journal = new InMemoryFeed();
  private final Feed feed = new Feed(journal);

  /** One group's events, in chunks. Guarded by its own monitor. */
  static final class Log {
    private GroupEvent[][] chunks = new GroupEvent[2][];
    private int size;

    int size() {
      return size;
    }

    void addAll(List<? extends GroupEvent> events) {
      for (GroupEvent e : events) {
        int chunk = size >>> SHIFT;
        if (chunk == chunks.length) {
          chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        GroupEvent[] c = chunks[chunk];
        if (c == null) {
          c = new GroupEvent[CHUNK];
          chunks[chunk] = c;
        }
        c[size & (CHUNK - 1)] = e;
        size++;
      }
    }

    GroupEvent get(int index) {
      return chunks[index >>> SHIFT][index & (CHUNK - 1)];
    }

    /** Replaces the personal values of a member of a group by the erased text, in place. */
    void redact(GroupId group, MemberId member) {
      replace(group, e -> Sealer.redact(e, member));
    }

    /** Replaces the contribution text of some sessions of a group by the expired text. */
    void expire(GroupId group, Set<SessionId> sessions) {
      replace(group, e -> TextRetention.expire(e, sessions));
    }

    private void replace(GroupId group, UnaryOperator<GroupEvent> change) {
      for (int i = 0; i < size; i++) {
        GroupEvent e = get(i);
        if (e.groupId().equals(group)) {
          chunks[i >>> SHIFT][i & (CHUNK - 1)] = change.apply(e);
        }
      }
    }
  }

  /** Creates an empty store. */
  public InMemoryEventStore() {
    this(MAX_EVENTS);
  }

  /** Creates an empty store that keeps at most {@code maxEvents} events per group. */
  InMemoryEventStore(int maxEvents) {
    this.maxEvents = maxEvents;
  }

  @Override
  public long version(GroupId group) {
    Log log = logs.get(group);
    if (log == null) {
      return 0;
    }
    synchronized (log) {
      return log.size;
    }
  }

  @Override
  public long append(GroupId group, long expectedVersion, List<? extends GroupEvent> events) {
    Appends.check(group, expectedVersion, events);
    Log log = logs.computeIfAbsent(group, g -> new Log());
    synchronized (log) {
      long actual = log.size;
      if (actual != expectedVersion) {
        throw new VersionConflictException(group, expectedVersion, actual);
      }
      if (events.size() > maxEvents - actual) {
        throw new IllegalStateException(
            "group "
                + group
                + ": the in-memory store keeps at most "
                + maxEvents
                + " events per group; it holds "
                + actual
                + " and cannot take "
                + events.size()
                + " more");
      }
      journal.record(events, () -> log.addAll(events));
      for (GroupEvent e : events) {
        if (e instanceof MemberForgotten f) {
          log.redact(group, f.member());
          journal.redact(group, f.member());
        }
      }
      List<SessionId> expired = TextRetention.expired(events);
      if (!expired.isEmpty()) {
        Set<SessionId> sessions = Set.copyOf(expired);
        log.expire(group, sessions);
        journal.expire(group, sessions);
      }
      return log.size;
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
      int from = (int) Math.min(fromSequence - 1, log.size);
      int to = (int) Math.min(Math.max(toSequence, fromSequence - 1), log.size);
      List<GroupEvent> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        out.add(log.get(i));
      }
      return Collections.unmodifiableList(out);
    }
  }

  /**
   * Returns the feed of every group's events, in the order of their appends (positions 1, 2, 3,
   * ...), with checkpoints kept in memory as long as the store.
   */
  @Override
  public Optional<EventFeed> feed() {
    return Optional.of(feed);
  }

  @Override
  public Set<GroupId> groups() {
    Set<GroupId> ids = new TreeSet<>();
    logs.forEach(
        (id, log) -> {
          synchronized (log) {
            if (log.size > 0) {
              ids.add(id);
            }
          }
        });
    return Collections.unmodifiableSet(ids);
  }

  @Override
  public void close() {}
}
