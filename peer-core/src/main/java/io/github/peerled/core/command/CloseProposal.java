package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Closes an open proposal and decides it by its tally. Allowed once the discussion period has
 * passed or everyone in the electorate took a stance, and until its deadline. Whoever closes it may
 * state the outcome and set a date to review the decision. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCloseProposal.class)
@JsonDeserialize(as = ImmutableCloseProposal.class)
public non-sealed interface CloseProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns the proposer's decision under the advice process (empty otherwise).
   *
   * @return the proposer's decision under the advice process (empty otherwise)
   */
  Optional<Boolean> adopt();

  /**
   * Returns the outcome statement: what the group decided, in the words of whoever closes the
   * proposal (the closer gives it, as they close; it cannot be changed afterwards). Kept on the
   * proposal and in {@code ProposalDecided}, whatever the outcome.
   *
   * @return the statement, not blank; empty for none
   */
  Optional<String> outcomeStatement();

  /**
   * Returns when the decision is to be reviewed: from then on a deadline check announces the review
   * ({@code ReviewDue}). It must lie after the close. For a guideline amendment it must lie after
   * the version the amendment makes takes effect (after the procedure's effect delay), and an
   * adopted amendment's review date becomes that version's ({@code GuidelineVersion.reviewAt()}):
   * once the version is in force, its review is announced naming the version.
   *
   * @return the review date; empty for none
   */
  Optional<Instant> reviewAt();

  /**
   * Returns a builder of {@code CloseProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * CloseProposal closeProposal = CloseProposal.builder()
   *     .actor(MemberId.of("alice"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableCloseProposal.Builder builder() {
    return ImmutableCloseProposal.builder();
  }
}
