package io.github.peerled.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One thing wrong with a guideline change, a rule binding or a group set-up: a code, where (a JSON
 * path into the validated value, such as {@code $.changes[1].clause.rule.parameters.minConfidence})
 * and why, in plain words. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public interface Violation {
  /**
   * Returns what is wrong.
   *
   * @return the code
   */
  ViolationCode code();

  /**
   * Returns where it is wrong.
   *
   * @return a JSON path, starting with {@code $}
   */
  String path();

  /**
   * Returns why it is wrong.
   *
   * @return the message
   */
  String message();

  /**
   * Returns a violation.
   *
   * @param code the code
   * @param path the JSON path
   * @param message the message
   * @return the violation
   */
  static Violation of(ViolationCode code, String path, String message) {
    return ImmutableViolation.builder().code(code).path(path).message(message).build();
  }
}
