package io.github.peerled.core.store;

import io.github.peerled.core.store.internal.Feed;
import io.github.peerled.core.store.internal.Subscription;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A subscriber of an {@link EventFeed} that runs on a thread of its own: it polls the feed for the
 * subscriber until it is closed, delivering the events to its {@link FeedHandler}; when it has
 * caught up, it waits for a wake-up (see {@link EventFeed}) or for its {@link Builder#pollInterval
 * poll interval}, whichever comes first.
 *
 * <ul>
 *   <li>A handler failure stops the subscription: the checkpoint stays before the failed event,
 *       {@link #failure()} returns the {@link FeedHandlerException}, and the builder's {@link
 *       Builder#onFailure failure callback} receives it (by default it is logged through {@link
 *       System.Logger}, logger {@code io.github.peerled.core.store}, at {@code WARNING}). Start a
 *       new subscription of the same name to try again from the checkpoint. Other subscriptions
 *       carry on.
 *   <li>A failure of the storage (the database is down) does not stop it: it is logged once at
 *       {@code WARNING}, and the subscription tries again at every poll interval until the storage
 *       is back (logged at {@code INFO}).
 *   <li>Closing the store it reads ends it.
 * </ul>
 *
 * <p>Thread-safe. The PostgreSQL store's subscription holds one connection of the data source for
 * its wake-ups while it runs, besides the ones each poll takes and returns.
 */
public interface FeedSubscription extends AutoCloseable {
  /**
   * Returns a builder of a subscription.
   *
   * @param feed the feed to read
   * @param subscriber the subscriber's name: 1 to {@value EventFeed#MAX_SUBSCRIBER_LENGTH}
   *     characters
   * @param handler handles each event; returning normally acknowledges it
   * @return the builder
   * @throws IllegalArgumentException if {@code subscriber} is out of range
   * @throws NullPointerException if an argument is null
   */
  static Builder builder(EventFeed feed, String subscriber, FeedHandler handler) {
    return new Builder(
        Objects.requireNonNull(feed, "feed"),
        Feed.checkSubscriber(subscriber),
        Objects.requireNonNull(handler, "handler"));
  }

  /**
   * Returns the subscriber's name.
   *
   * @return the name
   */
  String subscriber();

  /**
   * Tells whether the subscription is still polling: it has been neither closed nor stopped by a
   * failure of its handler or by the closing of its store.
   *
   * @return true while it runs
   */
  boolean isRunning();

  /**
   * Returns the handler failure that stopped the subscription, if one did.
   *
   * @return the failure, empty while it runs or if it was closed
   */
  Optional<FeedHandlerException> failure();

  /**
   * Stops the subscription and waits for the event being handled, if any, to be handled. Its
   * checkpoint stays at the last event acknowledged. Idempotent; may be called from the handler
   * (then it does not wait).
   */
  @Override
  void close();

  /** Builds and starts a {@link FeedSubscription}. Not thread-safe; the subscription is. */
  final class Builder {
    private final EventFeed feed;
    private final String subscriber;
    private final FeedHandler handler;
    private Duration pollInterval = Duration.ofSeconds(1);
    private int batchSize = 500;
    private Consumer<? super FeedHandlerException> onFailure = Subscription::logFailure;

    private Builder(EventFeed feed, String subscriber, FeedHandler handler) {
      this.feed = feed;
      this.subscriber = subscriber;
      this.handler = handler;
    }

    /**
     * Sets how long the subscription waits, once caught up, before it polls again without a
     * wake-up. This bounds how late it sees events whose wake-up is lost, or that come without one.
     *
     * @param interval from 1 millisecond to 1 hour; 1 second by default
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is out of range
     * @throws NullPointerException if {@code interval} is null
     */
    public Builder pollInterval(Duration interval) {
      if (interval.compareTo(Duration.ofMillis(1)) < 0
          || interval.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "the poll interval must be from 1 ms to 1 hour, was " + interval);
      }
      this.pollInterval = interval;
      return this;
    }

    /**
     * Sets the most events one poll delivers before the checkpoint is stored.
     *
     * @param events from 1 to {@value EventFeed#MAX_POLL}; 500 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code events} is out of range
     */
    public Builder batchSize(int events) {
      Feed.checkMax(events);
      this.batchSize = events;
      return this;
    }

    /**
     * Sets what is told of a handler failure that stops the subscription, instead of logging it.
     * Called once, on the subscription's thread.
     *
     * @param callback receives the failure
     * @return this builder
     * @throws NullPointerException if {@code callback} is null
     */
    public Builder onFailure(Consumer<? super FeedHandlerException> callback) {
      this.onFailure = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /**
     * Starts the subscription on a new daemon thread.
     *
     * @return the running subscription
     */
    public FeedSubscription start() {
      return Subscription.start(feed, subscriber, handler, pollInterval, batchSize, onFailure);
    }
  }
}
