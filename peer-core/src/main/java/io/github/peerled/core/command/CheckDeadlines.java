package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Checks the group's deadlines, as the host's scheduler does when the group's next deadline ({@code
 * GroupState.nextDeadline()}) falls. Decided from the instant it names, or the engine's clock, and
 * the state alone, it records what has fallen due since the last check, each once: an open proposal
 * entering its closing-soon window ({@code ProposalClosingSoon}, naming the members who have not
 * taken a stance), an open proposal past its deadline ({@code ProposalExpired}; it leaves the
 * active proposals, not adopted), and a review date reached ({@code ReviewDue}). When nothing has
 * fallen due, as when the same check is given twice, it is rejected and changes nothing.
 *
 * <p>The actor is a peer in whose name the host's scheduler checks (the facilitator, say); advisors
 * and guests cannot give it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckDeadlines.class)
@JsonDeserialize(as = ImmutableCheckDeadlines.class)
public non-sealed interface CheckDeadlines extends GroupCommand {
  /**
   * Returns the instant to check the deadlines at. It may not lie after the engine's clock: what
   * has not yet happened cannot fall due. The events are stamped with the clock's instant, as every
   * event is.
   *
   * @return the instant; empty for the engine's clock
   */
  Optional<Instant> asOf();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  static ImmutableCheckDeadlines.Builder builder() {
    return ImmutableCheckDeadlines.builder();
  }
}
