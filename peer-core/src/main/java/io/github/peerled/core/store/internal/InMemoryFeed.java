package io.github.peerled.core.store.internal;

import io.github.peerled.core.event.GroupEvent;
import io.github.peerled.core.group.GroupId;
import io.github.peerled.core.group.MemberId;
import io.github.peerled.core.session.SessionId;
import io.github.peerled.core.store.FeedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed of the in-memory store: every event of every group in the order of their appends, which
 * is the order they became visible in, since an append is visible as soon as it is recorded here.
 * Positions are 1, 2, 3, ...; checkpoints live as long as the store. Thread-safe: the journal is
 * guarded by its own monitor, which is also what subscriptions wait on.
 */
final class InMemoryFeed implements FeedSource {
  private final InMemoryEventStore.Log journal = new InMemoryEventStore.Log();
  private final ConcurrentHashMap<String, Long> checkpoints = new ConcurrentHashMap<>();

  /**
   * Records an append to one group's log, under the journal's monitor, so that it takes its
   * positions and becomes visible to the feed at once.
   *
   * @param events the events
   * @param append appends them to the group's log
   * @throws IllegalStateException if the journal would hold more than it can
   */
  void record(List<? extends GroupEvent> events, Runnable append) {
    synchronized (journal) {
      if (events.size() > InMemoryEventStore.MAX_EVENTS - journal.size()) {
        throw new IllegalStateException(
            "the in-memory store keeps at most " + InMemoryEventStore.MAX_EVENTS + " events");
      }
      append.run();
      journal.addAll(events);
      journal.notifyAll();
    }
  }

  /** Replaces the contribution text of some sessions of a group by the expired text. */
  void expire(GroupId group, Set<SessionId> sessions) {
    synchronized (journal) {
      journal.expire(group, sessions);
    }
  }

  /** Erases the personal values of a member of a group from the journal's events. */
  void redact(GroupId group, MemberId member) {
    synchronized (journal) {
      journal.redact(group, member);
    }
  }

  @Override
  public List<Entry> read(Cursor after, int max) {
    synchronized (journal) {
      int from = (int) Math.min(after.position(), journal.size());
      int to = (int) Math.min((long) from + max, journal.size());
      List<Entry> out = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        out.add(new Entry(new FeedEvent(i + 1L, journal.get(i)), new Cursor(0, i + 1L)));
      }
      return out;
    }
  }

  @Override
  public Cursor load(String subscriber) {
    return new Cursor(0, checkpoints.getOrDefault(subscriber, 0L));
  }

  @Override
  public void save(String subscriber, Cursor checkpoint) {
    checkpoints.merge(subscriber, checkpoint.position(), Math::max);
  }

  @Override
  public Wakeup wakeup() {
    return new Wakeup() {
      private int seen = -1;
      private boolean woken;

      @Override
      public void await(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (journal) {
          long left = millis;
          while (journal.size() == seen && !woken && left > 0) {
            journal.wait(left);
            left = (deadline - System.nanoTime()) / 1_000_000L;
          }
          seen = journal.size();
          woken = false;
        }
      }

      @Override
      public void wake() {
        synchronized (journal) {
          woken = true;
          journal.notifyAll();
        }
      }

      @Override
      public void close() {}
    };
  }
}
