package io.github.peerled.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.peerled.core.decision.GovernanceSettings;
import io.github.peerled.core.decision.ProposalId;
import org.immutables.value.Value;

/** The group changed its governance settings, by a decision. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceSettingsChanged.class)
@JsonDeserialize(as = ImmutableGovernanceSettingsChanged.class)
public non-sealed interface GovernanceSettingsChanged extends GroupEvent {
  /**
   * Returns the new settings.
   *
   * @return the new settings
   */
  GovernanceSettings settings();

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  ProposalId decidedBy();
}
