package io.github.peerled.rules;

/** What is wrong with a guideline change or a group set-up. */
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
  SAFETY_RESOURCES_MISSING
}
