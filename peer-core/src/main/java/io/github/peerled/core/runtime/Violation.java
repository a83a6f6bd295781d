package io.github.peerled.core.runtime;

import io.github.peerled.core.engine.RejectionReason;
import java.util.Objects;

/**
 * One thing wrong with a command or a value, and the one violation type of Peerled: what a {@link
 * Guard} objects to before a command commits, and what the validators of peer-rules find in a
 * guideline change or a group set-up before anything is submitted. Immutable and thread-safe.
 *
 * <p>The code says what is wrong in a stable, machine-readable form: a guard's own name (such as
 * {@code sharing-not-advice}) or a validator's code (such as {@code UNKNOWN_RULE}, from peer-rules'
 * {@code ViolationCode}). The path says where, as a JSON path into the checked value (such as
 * {@code $.changes[1].clause.rule.parameters.minConfidence}); it is empty when the violation is
 * about the command as a whole.
 *
 * @param code what is wrong (a guard's name or a validator's code); not blank
 * @param path where it is wrong, a JSON path starting with {@code $}, or empty
 * @param message why it is wrong, in plain words fit to show to the member
 * @param reason the kind of refusal, used as the rejection's reason when a guard refuses a command
 */
public record Violation(String code, String path, String message, RejectionReason reason) {
  /**
   * Creates a violation.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the code is blank, or the path is neither empty nor starts
   *     with {@code $}
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
    if (code.isBlank()) {
      throw new IllegalArgumentException("a violation needs a code");
    }
    if (!path.isEmpty() && !path.startsWith("$")) {
      throw new IllegalArgumentException("a violation's path is a JSON path from $, was " + path);
    }
  }

  /**
   * Returns a violation about a command as a whole (no path), of reason {@link
   * RejectionReason#NOT_PERMITTED}: the usual form for a host's guard.
   *
   * @param code what is wrong, such as the guard's name
   * @param message the message
   * @return the violation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is blank
   */
  public static Violation of(String code, String message) {
    return new Violation(code, "", message, RejectionReason.NOT_PERMITTED);
  }

  /**
   * Returns a violation at a JSON path.
   *
   * @param code what is wrong
   * @param path where, a JSON path starting with {@code $}, or empty
   * @param message the message
   * @param reason the kind of refusal
   * @return the violation
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is blank or the path is not a JSON path
   */
  public static Violation at(String code, String path, String message, RejectionReason reason) {
    return new Violation(code, path, message, reason);
  }

  /**
   * Describes the violation in one line: {@code code at path: message}, or {@code code: message}
   * without a path.
   *
   * @return the description
   */
  public String describe() {
    return path.isEmpty() ? code + ": " + message : code + " at " + path + ": " + message;
  }
}
