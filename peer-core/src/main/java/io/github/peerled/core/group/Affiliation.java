package io.github.peerled.core.group;

/** Where an advisor comes from. */
public enum Affiliation {
  /** A doctor, nurse or other health professional. */
  CLINICIAN,
  /** A diabetes educator, teacher or trainer. */
  EDUCATOR,
  /** Staff of an organisation that hosts or supports the group. */
  ORGANISATION_STAFF,
  /** Anything else. */
  OTHER
}
