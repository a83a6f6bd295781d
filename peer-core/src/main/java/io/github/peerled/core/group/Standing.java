package io.github.peerled.core.group;

/**
 * A person's standing in a group. Peers (founding members, members and newcomers) hold the group's
 * decisions; outsiders (advisors and guests) may comment and recommend, never decide.
 */
public enum Standing {
  /** A member who founded the group and adopted its first guidelines. */
  FOUNDING_MEMBER,
  /** A member with the lived experience the group is about. */
  MEMBER,
  /**
   * A member who joined recently. Newcomers take part in decisions; for the group's newcomer period
   * they are not asked to facilitate, by rotation or by hand-over (see {@code RotationPolicy}).
   */
  NEWCOMER,
  /** A clinician, educator or staff member of an organisation: advises, never decides. */
  ADVISOR,
  /** A visitor: may take part in sessions and comment, never decides. */
  GUEST;

  /**
   * Tells whether this standing belongs to a peer, who holds the group's decisions.
   *
   * @return true for founding members, members and newcomers
   */
  public boolean isPeer() {
    return this == FOUNDING_MEMBER || this == MEMBER || this == NEWCOMER;
  }
}
