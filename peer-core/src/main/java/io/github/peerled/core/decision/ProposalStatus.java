package io.github.peerled.core.decision;

import io.github.peerled.core.group.Status;

/** Where a proposal stands; always derived from the facts recorded about it. */
public enum ProposalStatus implements Status {
  /** Written, not yet open for stances. */
  DRAFT,
  /** Open for stances; the electorate is frozen. */
  OPEN,
  /** Closed and adopted. */
  ADOPTED,
  /** Closed and not adopted. */
  NOT_ADOPTED,
  /** Withdrawn by its proposer. */
  WITHDRAWN,
  /**
   * Open past its deadline without being closed: not adopted, without a tally. From the deadline on
   * the status is expired; a deadline check then records the expiry ({@code ProposalExpired}) and
   * the proposal leaves the group's active proposals.
   */
  EXPIRED;

  /**
   * Tells whether nothing more can happen to a proposal in this status.
   *
   * @return true for adopted, not adopted, withdrawn and expired
   */
  public boolean isFinal() {
    return this != DRAFT && this != OPEN;
  }
}
