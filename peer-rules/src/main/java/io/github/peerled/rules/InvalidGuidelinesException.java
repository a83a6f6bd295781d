package io.github.peerled.rules;

import io.github.peerled.core.runtime.Violation;
import java.util.List;

/**
 * Thrown when a rule set is built from guidelines whose rule bindings are wrong (an unknown rule, a
 * bad parameter). Such guidelines should have been refused when they were proposed; see {@code
 * GuidelineValidator}.
 */
public final class InvalidGuidelinesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of immutable values
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations what is wrong, at least one
   */
  public InvalidGuidelinesException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns what is wrong.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    StringBuilder b = new StringBuilder("the guidelines' rule bindings are not valid:");
    for (Violation v : violations) {
      b.append("\n  ").append(v.path()).append(": ").append(v.message());
    }
    return b.toString();
  }
}
