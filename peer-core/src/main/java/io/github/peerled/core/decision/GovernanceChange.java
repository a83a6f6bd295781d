package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A change to the governance settings themselves. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceChange.class)
@JsonDeserialize(as = ImmutableGovernanceChange.class)
public interface GovernanceChange extends ProposalContent {
  /**
   * Returns the new settings.
   *
   * @return the settings
   */
  GovernanceSettings settings();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.GOVERNANCE;
  }
}
