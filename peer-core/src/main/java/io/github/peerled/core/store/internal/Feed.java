package io.github.peerled.core.store.internal;

import io.github.peerled.core.store.EventFeed;
import io.github.peerled.core.store.FeedHandler;
import io.github.peerled.core.store.FeedHandlerException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventFeed} over a {@link FeedSource}: reads a page after the subscriber's checkpoint,
 * hands it to the handler and stores the checkpoint at the last event acknowledged. Thread-safe.
 */
public final class Feed implements EventFeed {
  private final FeedSource source;

  Feed(FeedSource source) {
    this.source = source;
  }

  FeedSource source() {
    return source;
  }

  @Override
  public int poll(String subscriber, int max, FeedHandler handler) {
    checkSubscriber(subscriber);
    checkMax(max);
    Objects.requireNonNull(handler, "handler");
    FeedSource.Cursor from = source.load(subscriber);
    List<FeedSource.Entry> page = source.read(from, max);
    FeedSource.Cursor done = from;
    int handled = 0;
    @Nullable FeedHandlerException failed = null;
    for (FeedSource.Entry e : page) {
      try {
        handler.handle(e.event());
      } catch (Exception x) {
        if (x instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        failed = new FeedHandlerException(subscriber, e.event(), x);
        break;
      } catch (Error x) {
        store(subscriber, done, handled, x);
        throw x;
      }
      done = e.cursor();
      handled++;
    }
    if (failed != null) {
      store(subscriber, done, handled, failed);
      throw failed;
    }
    if (handled > 0) {
      source.save(subscriber, done);
    }
    return handled;
  }

  /** Stores the checkpoint after a failure, adding a failure to store it to the first one. */
  private void store(String subscriber, FeedSource.Cursor done, int handled, Throwable failure) {
    if (handled > 0) {
      try {
        source.save(subscriber, done);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  @Override
  public long checkpoint(String subscriber) {
    return source.load(checkSubscriber(subscriber)).position();
  }

  /**
   * Checks a subscriber's name.
   *
   * @param subscriber the name
   * @return the name
   * @throws IllegalArgumentException if it is empty or too long
   */
  public static String checkSubscriber(String subscriber) {
    if (subscriber.isEmpty() || subscriber.length() > MAX_SUBSCRIBER_LENGTH) {
      throw new IllegalArgumentException(
          "a subscriber's name has 1 to "
              + MAX_SUBSCRIBER_LENGTH
              + " characters, was "
              + subscriber.length());
    }
    return subscriber;
  }

  /**
   * Checks how many events a poll may deliver.
   *
   * @param max the number
   * @throws IllegalArgumentException if it is out of range
   */
  public static void checkMax(int max) {
    if (max < 1 || max > MAX_POLL) {
      throw new IllegalArgumentException(
          "a poll delivers from 1 to " + MAX_POLL + " events, was " + max);
    }
  }
}
