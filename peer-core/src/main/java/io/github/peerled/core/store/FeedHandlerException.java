package io.github.peerled.core.store;

/**
 * Thrown by {@link EventFeed#poll} when the subscriber's {@link FeedHandler} failed on an event.
 * The events before it are acknowledged; the checkpoint stays just before this one, so the next
 * poll delivers it again. The handler's exception is the cause.
 */
public final class FeedHandlerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String subscriber;
  private final transient FeedEvent event;

  /**
   * Creates the exception.
   *
   * @param subscriber the subscriber whose handler failed
   * @param event the event it failed on
   * @param cause what the handler threw
   */
  public FeedHandlerException(String subscriber, FeedEvent event, Throwable cause) {
    super(
        "subscriber "
            + subscriber
            + ": the handler failed on event "
            + event.sequence()
            + " of group "
            + event.group()
            + " (position "
            + event.position()
            + "): "
            + cause,
        cause);
    this.subscriber = subscriber;
    this.event = event;
  }

  /**
   * Returns the subscriber whose handler failed.
   *
   * @return the subscriber's name
   */
  public String subscriber() {
    return subscriber;
  }

  /**
   * Returns the event the handler failed on, the first one not acknowledged.
   *
   * @return the event
   */
  public FeedEvent event() {
    return event;
  }
}
