package io.github.peerled.core.engine;

/**
 * Thrown when an event log cannot be replayed: a gap or a repeat in the sequence numbers, an event
 * of another group, an event whose actor or subject is not a member able to do it at that point
 * (never joined, has left, or lacks the standing, such as an advisor's stance), or an event that
 * refers to a proposal, session, guideline version or clause the log never created. The message
 * names the event's sequence number and the reason.
 */
public final class ReplayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long sequence;

  /**
   * Creates the exception.
   *
   * @param sequence the sequence number of the offending event
   * @param reason what is wrong with it
   * @param cause the underlying failure, if any
   */
  public ReplayException(
      long sequence, String reason, @org.jspecify.annotations.Nullable Throwable cause) {
    super("event " + sequence + ": " + reason, cause);
    this.sequence = sequence;
  }

  /**
   * Returns the sequence number of the offending event.
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }
}
