package io.github.peerled.examples.cli;

import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.runtime.Violation;

/**
 * What the {@code peer} command finds wrong in its files beyond what the validators of peer-rules
 * and the JSON reader check: the codes of its violations.
 */
enum FileProblem {
  /** Two members of a group file have the same id. */
  DUPLICATE_MEMBER,
  /** The guideline version number of a group file is below 1. */
  GUIDELINE_VERSION,
  /** Two known myths, or two FAQ entries, of a group file have the same id. */
  DUPLICATE_RESOURCE,
  /** The group's language has no lexicons. */
  UNSUPPORTED_LANGUAGE,
  /** A simulation scenario asks for more sessions or turns than one command runs. */
  TOO_BIG;

  /**
   * Returns a violation of this kind.
   *
   * @param path where, a JSON path into the file
   * @param message why, in plain words
   * @return the violation
   */
  Violation at(String path, String message) {
    return Violation.at(name(), path, message, RejectionReason.INVALID);
  }
}
