package io.github.peerled.core.group;

/** Whether the group still holds a member's personal data, as a rejection names it. */
public enum MemberStatus implements Status {
  /** The member has not asked to be forgotten: their personal data reads as written. */
  REMEMBERED,
  /** The member has been forgotten: their personal data reads as removed. */
  FORGOTTEN
}
