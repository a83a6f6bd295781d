package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What one run with facilitator terms measured (see {@link FacilitatorTerms}): the terms, the
 * burn-out of their holders, and the requests for support left unanswered. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTermMetrics.class)
@JsonDeserialize(as = ImmutableTermMetrics.class)
public interface TermMetrics {
  /**
   * Returns the term length the run used.
   *
   * @return planned sessions per term, at least 1
   */
  int sessionsPerTerm();

  /**
   * Returns how many terms began (a term cut short by its holder leaving counts).
   *
   * @return the count
   */
  int terms();

  /**
   * Returns how many different members held a term.
   *
   * @return the count
   */
  int facilitators();

  /**
   * Returns how many times a term holder's strain reached the burn-out threshold.
   *
   * @return the count
   */
  int burnoutEpisodes();

  /**
   * Returns how many sessions were held with a burnt-out facilitator.
   *
   * @return the count
   */
  int sessionsWithBurntOutFacilitator();

  /**
   * Returns how many term holders left the group worn out.
   *
   * @return the count
   */
  int facilitatorDropOuts();

  /**
   * Returns how many requests for support got no response in their session.
   *
   * @return the count
   */
  int unansweredRequests();
}
