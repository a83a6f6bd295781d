package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Closes an open proposal and decides it by its tally. Allowed once the discussion period has
 * passed or everyone in the electorate took a stance. Immutable and thread-safe.
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
