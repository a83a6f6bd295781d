package io.github.peerled.examples.cli;

/**
 * Bad input to a {@code peer} command: a missing file, text that is not JSON, a value of the wrong
 * type, an unknown id. The message says which file, where and what is wrong; the command exits 2
 * and prints no stack trace.
 */
final class InputProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message);
  }

  InputProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
