package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.FeedEvent;
import java.util.List;

/**
 * Where a {@link Feed} reads: the events of all groups in the feed's order, and the subscribers'
 * checkpoints. Implementations are thread-safe.
 */
interface FeedSource {
  /**
   * A place in the feed's order: events are ordered by {@code order} (the writing transaction's id
   * in PostgreSQL; always 0 in memory) and then by position.
   */
  record Cursor(long order, long position) implements Comparable<Cursor> {
    /** Before the first event. */
    static final Cursor START = new Cursor(0, 0);

    @Override
    public int compareTo(Cursor o) {
      int c = Long.compareUnsigned(order, o.order);
      return c != 0 ? c : Long.compare(position, o.position);
    }
  }

  /** An event and its place in the feed. */
  record Entry(FeedEvent event, Cursor cursor) {}

  /**
   * Returns the first events after a cursor that can no longer be preceded by an event still to
   * commit.
   *
   * @param after the cursor
   * @param max the most events to return
   * @return the events, in the feed's order
   */
  List<Entry> read(Cursor after, int max);

  /** Returns a subscriber's checkpoint, {@link Cursor#START} if it has none. */
  Cursor load(String subscriber);

  /** Stores a subscriber's checkpoint, unless the stored one is already further. */
  void save(String subscriber, Cursor checkpoint);

  /** Returns a new wake-up for one subscription; the caller closes it. */
  Wakeup wakeup();
}
