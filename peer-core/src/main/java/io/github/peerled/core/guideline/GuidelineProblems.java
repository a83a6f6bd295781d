package io.github.peerled.core.guideline;

/** Messages for guideline changes that do not fit. */
final class GuidelineProblems {
  private GuidelineProblems() {}

  static String unknownClause(ClauseId id) {
    return "there is no clause " + id + " in the guidelines this change is based on";
  }

  static String duplicateClause(ClauseId id) {
    return "a clause with id " + id + " already exists";
  }
}
