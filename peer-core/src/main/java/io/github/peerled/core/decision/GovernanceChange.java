package io.github.peerled.core.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to the governance settings themselves: the whole new settings, and the settings they
 * were drafted on. If the settings in force are no longer that base when the change is drafted,
 * opened or adopted (another decision changed them meanwhile), the change is in conflict and is not
 * merged, as a guideline amendment on an outdated version is not: adopting it would silently undo
 * the other decision. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceChange.class)
@JsonDeserialize(as = ImmutableGovernanceChange.class)
public non-sealed interface GovernanceChange extends ProposalContent {
  /**
   * Returns the new settings.
   *
   * @return the settings
   */
  GovernanceSettings settings();

  /**
   * Returns the settings the change was drafted on: the group's settings in force as the proposer
   * read them ({@code GroupState.governance()}).
   *
   * @return the base; required when drafting, empty only in proposals drafted by releases that did
   *     not record it, which can no longer be adopted
   */
  Optional<GovernanceSettings> base();

  @Override
  default DecisionKind decisionKind() {
    return DecisionKind.GOVERNANCE;
  }
}
