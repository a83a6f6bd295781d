package io.github.peerled.core.command;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/**
 * Opens a draft for stances, freezing its electorate and procedure. Only the proposer opens it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOpenProposal.class)
@JsonDeserialize(as = ImmutableOpenProposal.class)
public non-sealed interface OpenProposal extends GroupCommand {
  /**
   * Returns the proposal.
   *
   * @return the proposal
   */
  ProposalId proposalId();

  /**
   * Returns a builder of {@code OpenProposal}; every part without a default must be set before
   * {@code build()}, which throws {@link IllegalStateException} if one is missing. For example:
   *
   * <pre>{@code
   * OpenProposal openProposal = OpenProposal.builder()
   *     .actor(MemberId.of("alice"))
   *     .proposalId(ProposalId.of("p-1"))
   *     .build();
   * }</pre>
   *
   * @return a new builder; not thread-safe, the value it builds is
   */
  static ImmutableOpenProposal.Builder builder() {
    return ImmutableOpenProposal.builder();
  }
}
