package io.github.peerled.core.runtime;

/**
 * Thrown (through the command's future) when a {@link Guard} throws instead of returning
 * violations. The command was not applied. The cause is the guard's exception.
 */
public final class GuardFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which command and group
   * @param cause what the guard threw
   */
  public GuardFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
