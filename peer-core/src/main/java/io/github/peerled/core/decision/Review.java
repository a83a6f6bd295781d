package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.guideline.ClauseId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review the group set itself: a decided proposal, a clause of the guidelines in force, or the
 * version of the guidelines in force as a whole, to be looked at again from a date on ("good enough
 * for now, safe enough to try"). Exactly one of {@link #proposalId()}, {@link #clauseId()} and
 * {@link #version()} is given. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public interface Review {
  /**
   * Returns the decided proposal to review.
   *
   * @return the proposal; empty for a clause or a version
   */
  Optional<ProposalId> proposalId();

  /**
   * Returns the clause of the guidelines in force to review.
   *
   * @return the clause; empty for a proposal or a version
   */
  Optional<ClauseId> clauseId();

  /**
   * Returns the number of the guideline version to review, the one in force. An adopted guideline
   * amendment closed with a review date is reviewed as the version it made: its review names the
   * version, not the proposal, once the version is in force.
   *
   * @return the version number; empty for a proposal or a clause
   */
  Optional<Integer> version();

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
   * Returns the review of a guideline version as a whole.
   *
   * @param version the version number, from 1
   * @param dueAt when the review falls due
   * @return the review
   * @throws IllegalArgumentException if {@code version} is below 1
   */
  static Review ofVersion(int version, Instant dueAt) {
    return ImmutableReview.builder().version(version).dueAt(dueAt).build();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalArgumentException unless exactly one of proposal, clause and version is given,
   *     or if the version is below 1
   */
  @Value.Check
  default void check() {
    int named =
        (proposalId().isPresent() ? 1 : 0)
            + (clauseId().isPresent() ? 1 : 0)
            + (version().isPresent() ? 1 : 0);
    if (named != 1) {
      throw new IllegalArgumentException(
          "a review names a proposalId, a clauseId or a version, exactly one of them");
    }
    if (version().isPresent() && version().get() < 1) {
      throw new IllegalArgumentException(
          "a review's guideline version starts at 1, was " + version().get());
    }
  }
}
