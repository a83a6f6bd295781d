package io.github.peerled.rules;

import io.github.peerled.core.engine.RejectionReason;
import io.github.peerled.core.runtime.Violation;
import java.util.Optional;

/**
 * What is wrong with a guideline change or a group set-up: the codes of the {@link Violation}s the
 * validators of {@code io.github.peerled.rules.validate} and the guards of {@link RuleGuards}
 * report. A violation's {@link Violation#code()} is the constant's {@link #name()}; read it back
 * with {@link #of(Violation)}. Immutable and thread-safe.
 */
public enum ViolationCode {
  /** A clause binds a rule nobody knows. */
  UNKNOWN_RULE,
  /** A rule binding names a parameter the rule does not have. */
  UNKNOWN_PARAMETER,
  /** A rule parameter's value does not parse or is out of range. */
  INVALID_PARAMETER,
  /** The change is based on another version than the one in force. */
  BASE_VERSION_CONFLICT,
  /** A change does not fit the clauses (unknown or duplicate clause id, incomplete order). */
  INVALID_CHANGE,
  /** The change would remove the group's last safety clause. */
  SAFETY_CLAUSE_REMOVED,
  /** The change would remove the clause that says how the group changes its guidelines. */
  AMENDMENT_PROCEDURE_REMOVED,
  /** A clause would hand the group's decisions to people outside it. */
  DECISIONS_TO_OUTSIDERS,
  /** The guidelines have no clause. */
  EMPTY_GUIDELINES,
  /** Two clauses of the guidelines have the same id. */
  DUPLICATE_CLAUSE,
  /** A group set-up names no founding member. */
  NO_FOUNDERS,
  /** A group set-up names fewer founding members than a group needs. */
  TOO_FEW_FOUNDERS,
  /** A founding member is named twice. */
  DUPLICATE_FOUNDER,
  /** Facilitation cannot rotate with the members eligible. */
  ROTATION_INFEASIBLE,
  /** The guidelines have no safety clause. */
  SAFETY_CLAUSE_MISSING,
  /** The group binds the safety rule but has configured no help to point to. */
  SAFETY_RESOURCES_MISSING,
  /**
   * A clause in force is past the review date the group set for it: a warning to put the clause on
   * the agenda, never a reason to refuse anything.
   */
  REVIEW_DATE_PASSED;

  /**
   * Returns the kind of refusal a guard reports for this code: {@link RejectionReason#CONFLICT} for
   * a change based on an outdated version, {@link RejectionReason#NOT_PERMITTED} for a change that
   * would take away the group's own protections (its safety clause, its amendment procedure, its
   * decisions), {@link RejectionReason#INVALID} for the rest.
   *
   * @return the reason
   */
  public RejectionReason reason() {
    return switch (this) {
      case BASE_VERSION_CONFLICT -> RejectionReason.CONFLICT;
      case SAFETY_CLAUSE_REMOVED,
          AMENDMENT_PROCEDURE_REMOVED,
          DECISIONS_TO_OUTSIDERS,
          SAFETY_CLAUSE_MISSING ->
          RejectionReason.NOT_PERMITTED;
      default -> RejectionReason.INVALID;
    };
  }

  /**
   * Returns a violation of this code.
   *
   * @param path where, a JSON path starting with {@code $}
   * @param message why, in plain words
   * @return the violation, with code {@link #name()} and reason {@link #reason()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the path is not a JSON path
   */
  public Violation at(String path, String message) {
    return Violation.at(name(), path, message, reason());
  }

  /**
   * Reads a violation's code back as a constant of this enum.
   *
   * @param violation the violation
   * @return the code; empty if the violation has another code (a host guard's, say)
   */
  public static Optional<ViolationCode> of(Violation violation) {
    for (ViolationCode c : values()) {
      if (c.name().equals(violation.code())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
