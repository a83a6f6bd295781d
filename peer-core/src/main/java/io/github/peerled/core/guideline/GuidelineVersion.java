package io.github.peerled.core.guideline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One adopted version of a group's guidelines: its number, its clauses in order, the decision that
 * adopted it and when it took effect. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineVersion.class)
@JsonDeserialize(as = ImmutableGuidelineVersion.class)
public interface GuidelineVersion {
  /**
   * Returns the version number: 1 for the founding guidelines, then 2, 3, ...
   *
   * @return the number
   */
  int number();

  /**
   * Returns the clauses, in order.
   *
   * @return the clauses, with distinct ids
   */
  List<Clause> clauses();

  /**
   * Returns the proposal whose adoption made this version.
   *
   * @return the proposal; empty for version 1, which the founding members adopted together
   */
  Optional<ProposalId> adoptedBy();

  /**
   * Returns when this version took effect.
   *
   * @return the instant
   */
  Instant effectiveAt();

  /**
   * Returns when the group means to review this version as a whole: the review date given at the
   * close of the proposal that adopted it ({@code CloseProposal.reviewAt()}). While the version is
   * in force, a deadline check announces the review once, from then on ({@code ReviewDue} naming
   * the version), and the guideline validator warns that it is past its review date.
   *
   * @return the review date, after {@link #effectiveAt()}; empty if none was set
   */
  Optional<Instant> reviewAt();

  /**
   * Returns the clause with an id.
   *
   * @param id the clause id
   * @return the clause, or empty if this version has none with that id
   */
  default Optional<Clause> clause(ClauseId id) {
    for (Clause c : clauses()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the structural invariants.
   *
   * @throws IllegalStateException if the number is below 1, two clauses share an id, or the review
   *     date is not after the version takes effect
   */
  @Value.Check
  default void check() {
    if (number() < 1) {
      throw new IllegalStateException("a guideline version number starts at 1, was " + number());
    }
    if (reviewAt().isPresent() && !reviewAt().get().isAfter(effectiveAt())) {
      throw new IllegalStateException(
          "guideline version "
              + number()
              + " is reviewed after it takes effect at "
              + effectiveAt()
              + ", not at "
              + reviewAt().get());
    }
    Set<ClauseId> seen = new HashSet<>();
    for (Clause c : clauses()) {
      if (!seen.add(c.id())) {
        throw new IllegalStateException(
            "guideline version " + number() + " has two clauses with id " + c.id());
      }
    }
  }
}
