package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.ClauseId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review the group set itself: a decided proposal, or a clause of the guidelines in force, to be
 * looked at again from a date on ("good enough for now, safe enough to try"). Exactly one of {@link
 * #proposalId()} and {@link #clauseId()} is given. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public interface Review {
  /**
   * Returns the decided proposal to review.
   *
   * @return the proposal; empty for a clause
   */
  Optional<ProposalId> proposalId();

  /**
   * Returns the clause of the guidelines in force to review.
   *
   * @return the clause; empty for a proposal
   */
  Optional<ClauseId> clauseId();

  /**
   * Returns when the review falls due.
   *
   * @return the instant
   */
  Instant dueAt();

  /**
   * Returns the review of a decided proposal.
   *
   * @param proposal the proposal
   * @param dueAt when the review falls due
   * @return the review
   */
  static Review ofProposal(ProposalId proposal, Instant dueAt) {
    return ImmutableReview.builder().proposalId(proposal).dueAt(dueAt).build();
  }

  /**
   * Returns the review of a clause.
   *
   * @param clause the clause
   * @param dueAt when the review falls due
   * @return the review
   */
  static Review ofClause(ClauseId clause, Instant dueAt) {
    return ImmutableReview.builder().clauseId(clause).dueAt(dueAt).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException unless exactly one of proposal and clause is given
   */
  @Value.Check
  default void check() {
    if (proposalId().isPresent() == clauseId().isPresent()) {
      throw new IllegalArgumentException(
          "a review names either a proposalId or a clauseId, exactly one of them");
    }
  }
}
