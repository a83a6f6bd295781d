package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.EventFeed;
import io.github.peerled.core.store.FeedHandler;
import io.github.peerled.core.store.FeedHandlerException;
import io.github.peerled.core.store.FeedSubscription;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A running {@link FeedSubscription}: one daemon thread that polls and waits. Thread-safe. */
public final class Subscription implements FeedSubscription {
  private static final System.Logger LOG = System.getLogger("io.github.peerled.core.store");

  private final EventFeed feed;
  private final String subscriber;
  private final FeedHandler handler;
  private final long intervalMillis;
  private final int batchSize;
  private final Consumer<? super FeedHandlerException> onFailure;
  private final Wakeup wakeup;
  private final Thread thread;
  private volatile boolean closed;
  private volatile boolean running = true;
  private volatile @Nullable FeedHandlerException failure;

  private Subscription(
      EventFeed feed,
      String subscriber,
      FeedHandler handler,
      Duration interval,
      int batchSize,
      Consumer<? super FeedHandlerException> onFailure) {
    this.feed = feed;
    this.subscriber = subscriber;
    this.handler = handler;
    this.intervalMillis = Math.max(1, interval.toMillis());
    this.batchSize = batchSize;
    this.onFailure = onFailure;
    this.wakeup = feed instanceof Feed f ? f.source().wakeup() : Wakeup.sleeping();
    this.thread = new Thread(this::run, "peerled-feed-" + subscriber);
    this.thread.setDaemon(true);
  }

  /**
   * Starts a subscription.
   *
   * @param feed the feed
   * @param subscriber the subscriber's name
   * @param handler the handler
   * @param interval the poll interval
   * @param batchSize the most events a poll delivers
   * @param onFailure told of a handler failure
   * @return the running subscription
   */
  public static FeedSubscription start(
      EventFeed feed,
      String subscriber,
      FeedHandler handler,
      Duration interval,
      int batchSize,
      Consumer<? super FeedHandlerException> onFailure) {
    Subscription s = new Subscription(feed, subscriber, handler, interval, batchSize, onFailure);
    s.thread.start();
    return s;
  }

  /**
   * Logs a handler failure that stopped a subscription: the default failure callback.
   *
   * @param failure the failure
   */
  public static void logFailure(FeedHandlerException failure) {
    LOG.log(
        System.Logger.Level.WARNING,
        "subscriber " + failure.subscriber() + " stopped: " + failure.getMessage(),
        failure);
  }

  private void run() {
    boolean outage = false;
    try {
      wakeup.start();
      while (!closed) {
        int handled;
        try {
          handled = feed.poll(subscriber, batchSize, handler);
          if (outage) {
            LOG.log(System.Logger.Level.INFO, "subscriber " + subscriber + ": the store is back");
            outage = false;
          }
        } catch (FeedHandlerException e) {
          failure = e;
          running = false;
          onFailure.accept(e);
          return;
        } catch (IllegalStateException e) {
          return; // the store is closed
        } catch (RuntimeException e) {
          if (!outage) {
            LOG.log(
                System.Logger.Level.WARNING,
                "subscriber "
                    + subscriber
                    + ": cannot read the feed, trying again every "
                    + intervalMillis
                    + " ms: "
                    + e.getMessage(),
                e);
            outage = true;
          }
          handled = 0;
        }
        if (handled < batchSize && !closed) {
          wakeup.await(intervalMillis);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = false;
      wakeup.close();
    }
  }

  @Override
  public String subscriber() {
    return subscriber;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public Optional<FeedHandlerException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void close() {
    closed = true;
    wakeup.wake();
    if (Thread.currentThread() != thread) {
      boolean interrupted = false;
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
