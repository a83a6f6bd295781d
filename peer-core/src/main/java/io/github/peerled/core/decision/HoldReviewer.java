package io.github.peerled.core.decision;

/**
 * Who reviews a held contribution, a governance setting ({@link
 * GovernanceSettings#holdReviewer()}).
 */
public enum HoldReviewer {
  /**
   * A facilitator reviews: the facilitator or co-facilitator of the contribution's session, or the
   * group's latest facilitator, never one who flagged it ({@code ReviewHold}).
   */
  FACILITATOR,
  /**
   * The group reviews, by a proposal to keep the contribution hidden or to restore it ({@link
   * HoldReview}) decided by the group's membership procedure; the author and the flaggers may
   * comment but are left out of the count.
   */
  GROUP
}
