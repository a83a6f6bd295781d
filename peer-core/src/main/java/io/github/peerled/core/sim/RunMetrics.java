package io.github.peerled.core.sim;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one run measured. Participation counts member turns only (facilitator interventions are
 * counted apart). A value that is undefined for a run (such as the response time when no request
 * was answered) is {@code NaN}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRunMetrics.class)
@JsonDeserialize(as = ImmutableRunMetrics.class)
public interface RunMetrics {
  /**
   * Returns how many sessions were held (a session nobody attends is not held).
   *
   * @return the count
   */
  int sessionsHeld();

  /**
   * Returns how many member turns were taken.
   *
   * @return the count
   */
  int memberTurns();

  /**
   * Returns the Gini coefficient of turns among those present, averaged over the sessions held. Per
   * session {@code G = Σ_i Σ_j |x_i - x_j| / (2 n^2 mean)}: 0 when everyone speaks equally.
   *
   * @return the mean Gini, or NaN if no session was held
   */
  double meanGini();

  /**
   * Returns the top speaker's share of a session's turns, averaged over the sessions held.
   *
   * @return the mean share, or NaN if no session was held
   */
  double meanTopSpeakerShare();

  /**
   * Returns the ratio {@code r} of the geometric participation law fitted to the run: members
   * ranked by their turns over the run, least squares of {@code ln(turns)} on rank over those who
   * spoke; {@code r = exp(slope)}.
   *
   * @return the fitted ratio, or NaN if fewer than two members spoke
   */
  double fittedR();

  /**
   * Returns how many requests for support were made.
   *
   * @return the count
   */
  int requests();

  /**
   * Returns the share of requests for support that got no response in their session.
   *
   * @return the rate, or NaN if no request was made
   */
  double unansweredRequestRate();

  /**
   * Returns the mean number of member turns from a request for support to its first response, over
   * the answered requests (1 when the very next turn responds).
   *
   * @return the mean, or NaN if no request was answered
   */
  double meanTurnsToFirstResponse();

  /**
   * Returns the share of member turns that gave advice.
   *
   * @return the share, or NaN if no turn was taken
   */
  double adviceShare();

  /**
   * Returns how many trauma stories were told.
   *
   * @return the count
   */
  int traumaStories();

  /**
   * Returns how many times facilitators intervened.
   *
   * @return the count
   */
  int interventions();

  /**
   * Returns the interventions by kind.
   *
   * @return a count for every kind, in the enum's order
   */
  Map<InterventionKind, Integer> interventionsByKind();

  /**
   * Returns the mean share of the group present at a planned session.
   *
   * @return the mean of {@link #attendanceCurve()}
   */
  double meanAttendance();

  /**
   * Returns the share of the group still in it after the last session.
   *
   * @return the share
   */
  double retention();

  /**
   * Returns the share of the newcomers still in the group after the last session.
   *
   * @return the share, or NaN if the group had no newcomers
   */
  double newcomerRetention();

  /**
   * Returns the share of the group present at each planned session.
   *
   * @return one share per session
   */
  List<Double> attendanceCurve();

  /**
   * Returns the share of the group still in it at each planned session.
   *
   * @return one share per session
   */
  List<Double> retentionCurve();

  /**
   * Returns how many sessions each member attended, in member order.
   *
   * @return one count per member
   */
  List<Integer> sessionsAttended();

  /**
   * Returns how many turns each member took over the run, in member order.
   *
   * @return one count per member
   */
  List<Integer> turnsPerMember();

  /**
   * Returns how many guideline changes were proposed.
   *
   * @return the count
   */
  int proposals();

  /**
   * Returns how many new guideline versions the group adopted.
   *
   * @return the count
   */
  int guidelineVersionsAdopted();

  /**
   * Returns how many proposals failed (not adopted, or lapsed).
   *
   * @return the count
   */
  int proposalsFailed();

  /**
   * Returns how many proposals were closed with a tally (neither lapsed nor still open at the end).
   * Results recorded before this count existed read as zero, as do the three below.
   *
   * @return the count
   */
  @Value.Default
  default int proposalsClosed() {
    return 0;
  }

  /**
   * Returns the members who counted at the closes, summed over the proposals closed: the electorate
   * frozen at the opening, less those gone by the close.
   *
   * @return the sum
   */
  @Value.Default
  default long electorateAtClose() {
    return 0;
  }

  /**
   * Returns how many of them had taken a stance, summed over the proposals closed.
   *
   * @return the sum
   */
  @Value.Default
  default long stancesAtClose() {
    return 0;
  }

  /**
   * Returns how many proposals closed met their quorum.
   *
   * @return the count
   */
  @Value.Default
  default int quorumsMet() {
    return 0;
  }

  /**
   * Returns what the facilitator terms did, in a run with terms ({@link FacilitatorTerms}).
   *
   * @return the term metrics; empty if the run had no terms
   */
  Optional<TermMetrics> facilitatorTerms();

  /**
   * Returns the share of the members who counted at the closes who had taken a stance.
   *
   * @return the share, or NaN if no proposal was closed
   */
  default double stanceParticipation() {
    return electorateAtClose() == 0 ? Double.NaN : (double) stancesAtClose() / electorateAtClose();
  }

  /**
   * Returns the share of the proposals closed that met their quorum.
   *
   * @return the share, or NaN if no proposal was closed
   */
  default double quorumMetRate() {
    return proposalsClosed() == 0 ? Double.NaN : (double) quorumsMet() / proposalsClosed();
  }
}
