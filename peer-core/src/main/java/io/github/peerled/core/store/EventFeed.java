package io.github.peerled.core.store;

/**
 * The events of all groups of a store, for readers that follow what every writer commits: other
 * processes that notify, index or analyse. A store that has one returns it from {@link
 * EventStore#feed()}: the PostgreSQL store ({@link JdbcEventStore}) and the in-memory store do; the
 * file store ({@link JsonLinesEventStore}) does not, since it keeps no order across its per-group
 * files.
 *
 * <p>Readers are <em>subscribers</em>, each known by a name of its own choosing. The store keeps
 * one checkpoint per subscriber (in the PostgreSQL store, a row of {@code peerled_checkpoints}),
 * and each read starts just after it, so a subscriber that restarts, in this process or another,
 * carries on where it left off. Subscribers are independent: one that fails or lags holds back no
 * other.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li><b>Nothing is skipped.</b> An event is delivered only once every event that will ever come
 *       before it in the feed's order has committed, so an append that commits late is delivered
 *       late, never passed over. (A global position alone cannot give this: positions are taken
 *       when events are inserted but become visible when they commit, so a reader that moves past a
 *       visible position may miss a lower one that commits later.)
 *   <li><b>At least once.</b> The checkpoint moves past an event only after the {@link FeedHandler}
 *       has returned normally for it and for every event before it. After a handler failure or a
 *       crash, the events after the stored checkpoint are delivered again; an event at or before
 *       the checkpoint is never delivered again to that subscriber.
 *   <li><b>Order.</b> Each group's events are delivered in the order of their sequence numbers, and
 *       an event written by an append that began after another append committed comes after that
 *       append's events. Events of different groups appended at the same time may come in either
 *       order, and not necessarily in the order of their {@link FeedEvent#position() positions}.
 * </ul>
 *
 * <h2>PostgreSQL</h2>
 *
 * The feed reads only the events of transactions that are older than every transaction still
 * running on the server ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}), in the order of
 * the writing transaction's id and then of position, and the checkpoint is that pair. Every
 * transaction that can still commit an event has an id at least that bound, so it sorts after
 * everything delivered so far. The price: a transaction anywhere on the server (in any database)
 * that has written something and stays open holds the feed back at the events written after it
 * began writing, until it ends. It delays them; it never loses them. Transactions that only read do
 * not hold the feed back. Prepared (two-phase) transactions count as open until they are committed
 * or rolled back. Keep write transactions short, and watch {@code pg_stat_activity} for ones that
 * are {@code idle in transaction}.
 *
 * <p>A running subscription ({@link #subscription}) is woken by {@code LISTEN/NOTIFY} on the
 * channel {@value JdbcEventStore#FEED_CHANNEL} (each append notifies it when it commits, unless the
 * store is built with {@link JdbcEventStore.Builder#notifyFeed(boolean) notifyFeed(false)}), and
 * polls at its {@link FeedSubscription.Builder#pollInterval poll interval} in any case: a
 * notification only makes it look sooner. The wake-up needs the PostgreSQL JDBC driver; with
 * another driver the subscription polls only.
 *
 * <p>Thread-safe. One subscriber should be read by one reader at a time: two readers of the same
 * name both receive the events they read, and its checkpoint keeps the furthest either has
 * acknowledged (it never moves back).
 */
public interface EventFeed {
  /** The longest subscriber name, in characters. */
  int MAX_SUBSCRIBER_LENGTH = 200;

  /** The most events one {@link #poll} delivers. */
  int MAX_POLL = 10_000;

  /**
   * Delivers to a handler the next events after a subscriber's checkpoint, at most {@code max} of
   * them, one at a time and in the feed's order, and then stores the checkpoint at the last one the
   * handler acknowledged. Returns at once with 0 if there is nothing to deliver; never waits for
   * events.
   *
   * @param subscriber the subscriber's name: 1 to {@value #MAX_SUBSCRIBER_LENGTH} characters
   * @param max the most events to deliver, from 1 to {@value #MAX_POLL}
   * @param handler handles each event; returning normally acknowledges it
   * @return how many events the handler acknowledged
   * @throws FeedHandlerException if the handler threw; the events before the one it failed on are
   *     acknowledged and the checkpoint stored at the last of them
   * @throws IllegalArgumentException if {@code subscriber} or {@code max} is out of range
   * @throws StoreRecordException if a stored event cannot be read
   * @throws IllegalStateException if the store is closed
   * @throws java.io.UncheckedIOException if the storage fails; the checkpoint is where the last
   *     successful store of it left it
   */
  int poll(String subscriber, int max, FeedHandler handler);

  /**
   * Returns the position of the last event a subscriber has acknowledged.
   *
   * @param subscriber the subscriber's name
   * @return the position, 0 if the subscriber has acknowledged none (or is unknown)
   * @throws IllegalArgumentException if {@code subscriber} is out of range
   * @throws IllegalStateException if the store is closed
   * @throws java.io.UncheckedIOException if the storage fails
   */
  long checkpoint(String subscriber);

  /**
   * Returns a builder of a subscription: a thread of its own that polls for a subscriber until it
   * is closed, woken when events are appended.
   *
   * @param subscriber the subscriber's name: 1 to {@value #MAX_SUBSCRIBER_LENGTH} characters
   * @param handler handles each event; returning normally acknowledges it
   * @return the builder
   * @throws IllegalArgumentException if {@code subscriber} is out of range
   * @throws NullPointerException if {@code handler} is null
   */
  default FeedSubscription.Builder subscription(String subscriber, FeedHandler handler) {
    return FeedSubscription.builder(this, subscriber, handler);
  }
}
